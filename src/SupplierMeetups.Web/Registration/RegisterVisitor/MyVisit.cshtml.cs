using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SupplierMeetups.Web.Registration.PersonalData;

namespace SupplierMeetups.Web.Registration.RegisterVisitor;

/// <summary>
/// The visitor's own page, opened with the signed link from the e-mail: its button confirms the address; it
/// shows the badge status and lets the visitor download or erase their data.
/// </summary>
// Personal data: never kept by the browser or a proxy, not even behind the personal link.
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
[AllowAnonymous]
public sealed class MyVisitModel(MyVisits visits, VisitorLinks links, VisitorPersonalData personalData) : PageModel
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
    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        Show(await visits.ShowAsync(Token, cancellationToken));

    /// <summary>
    /// The confirmed address earns the badge, e-mailed with the same save. Under the visitor's row lock a second
    /// confirmation (a double click, two tabs) finds the first one's work and changes nothing.
    /// </summary>
    public async Task<IActionResult> OnPostConfirmAsync(CancellationToken cancellationToken) =>
        await visits.ConfirmAsync(Token, cancellationToken) is { } view ? Redirect(links.PagePath(view.Visitor.Id)) : NotFound();

    private IActionResult Show(MyVisitView? view)
    {
        if (view is null)
        {
            return NotFound();
        }
        (Visitor, EventName, MaskedIdentityNumber, BadgeDownloadUrl) = (view.Visitor, view.EventName, view.MaskedIdentityNumber, view.BadgeDownloadUrl);
        Erased = view.Visitor.IsErased;
        return Page();
    }

    public async Task<IActionResult> OnGetDataAsync(CancellationToken cancellationToken)
    {
        if (links.VisitorOf(Token) is not { } id || await personalData.ExportAsync(id, cancellationToken) is not { } export)
        {
            return NotFound();
        }
        return File(JsonSerializer.SerializeToUtf8Bytes(export, ExportJson), "application/json", "my-data.json");
    }

    public async Task<IActionResult> OnPostEraseAsync(CancellationToken cancellationToken) =>
        await visits.EraseAsync(Token, cancellationToken) is { } view ? Redirect(links.PagePath(view.Visitor.Id)) : NotFound();
}
