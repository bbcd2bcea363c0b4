using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SupplierMeetups.Web.Events.Contracts;
using SupplierMeetups.Web.Platform.Localization;
using SupplierMeetups.Web.Platform.Persistence;
using SupplierMeetups.Web.Registration.Consent;
using SupplierMeetups.Web.Registration.PersonalData;

namespace SupplierMeetups.Web.Registration.RegisterVisitor;

/// <summary>
/// The visitor's own page, opened with the signed link from the e-mail: its button confirms the address; it
/// shows the badge status and lets the visitor download or erase their data.
/// </summary>
// Personal data: never kept by the browser or a proxy, not even behind the personal link.
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
[AllowAnonymous]
public sealed class MyVisitModel(
    AppDbContext db, IEventQueries events,
    VisitorLinks links,
    VisitorPersonalData personalData,
    IdentityNumberProtector identityNumbers,
    IPersonBadges badges) : PageModel
{
    internal static readonly JsonSerializerOptions ExportJson = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    [BindProperty(SupportsGet = true)]
    public string? Token { get; set; }

    public Visitor? Visitor { get; private set; }
    public string EventName { get; private set; } = "";
    public string? MaskedIdentityNumber { get; private set; }
    public bool Erased { get; private set; }
    public string? BadgeDownloadUrl { get; private set; }

    public bool AwaitsConfirmation => Visitor is { ConfirmedAt: null, IsErased: false };

    /// <summary>Opening the link changes nothing (mail scanners open links too): the page's button confirms.</summary>
    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (links.VisitorOf(Token) is not { } id || await db.Set<Visitor>().AsNoTracking().SingleOrDefaultAsync(v => v.Id == id, cancellationToken) is not { } visitor)
        {
            return NotFound();
        }
        await ShowAsync(visitor, cancellationToken);
        return Page();
    }

    /// <summary>
    /// The confirmed address earns the badge, e-mailed with the same save. Under the visitor's row lock a second
    /// confirmation (a double click, two tabs) finds the first one's work and changes nothing.
    /// </summary>
    public async Task<IActionResult> OnPostConfirmAsync([FromServices] VisitorConfirmation confirmation, CancellationToken cancellationToken)
    {
        if (links.VisitorOf(Token) is not { } id)
        {
            return NotFound();
        }
        if (!await confirmation.ConfirmAsync(id, cancellationToken))
        {
            return NotFound();
        }
        return Redirect(links.PagePath(id));
    }

    private async Task ShowAsync(Visitor visitor, CancellationToken cancellationToken)
    {
        if (visitor.BadgeStatus == BadgeStatus.Ready
            && await badges.OfVisitorAsync(visitor.EventId, visitor.Id, cancellationToken) is { } badge)
        {
            BadgeDownloadUrl = badge.DownloadPath;
        }
        Visitor = visitor;
        Erased = visitor.IsErased;
        EventName = (await events.GetAsync(visitor.EventId, cancellationToken)).Name(LanguageOf.Current);
        MaskedIdentityNumber = identityNumbers.Unprotect(visitor.ProtectedIdentityNumber) is { } number ? NationalIdNumber.Mask(number) : null;
    }

    public async Task<IActionResult> OnGetDataAsync(CancellationToken cancellationToken)
    {
        if (links.VisitorOf(Token) is not { } id || await personalData.ExportAsync(id, cancellationToken) is not { } export)
        {
            return NotFound();
        }
        return File(JsonSerializer.SerializeToUtf8Bytes(export, ExportJson), "application/json", "my-data.json");
    }

    public async Task<IActionResult> OnPostEraseAsync(CancellationToken cancellationToken)
    {
        if (links.VisitorOf(Token) is not { } id || !await personalData.EraseAsync(id, cancellationToken))
        {
            return NotFound();
        }
        return Redirect(links.PagePath(id));
    }
}
