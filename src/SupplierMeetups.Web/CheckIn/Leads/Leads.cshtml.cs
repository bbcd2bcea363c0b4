using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using SupplierMeetups.Web.Events.Contracts;
using SupplierMeetups.Web.Platform.Http.Input;
using SupplierMeetups.Web.Platform.Localization;
using SupplierMeetups.Web.Registration.Contracts;

namespace SupplierMeetups.Web.CheckIn.Leads;

/// <summary>The booth's lead list: scan a visitor's badge (scanner field or camera), keep a note, export as CSV.</summary>
[Authorize(Roles = LeadRoles.Exhibitors), ShowsFieldErrors]
public sealed class LeadsModel(LeadBook book, IEventDays events, IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid EventId { get; set; }

    [BindProperty]
    public string? Code { get; set; }

    [BindProperty]
    public string? Note { get; set; }

    public EventDays? Event { get; private set; }

    public ParticipantFirm? Firm { get; private set; }

    public IReadOnlyList<LeadResponse> Leads { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken) ?? Page();

    public async Task<IActionResult> OnGetCsvAsync(CancellationToken cancellationToken) =>
        await LoadAsync(cancellationToken) ?? File(await book.CsvAsync(Firm!.ParticipationId, cancellationToken), "text/csv; charset=utf-8", "leads.csv");

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is { } failed)
        {
            return failed;
        }
        if (string.IsNullOrWhiteSpace(Code))
        {
            ModelState.AddModelError(nameof(Code), l["Scan a badge or type its code."]);
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var outcome = await book.CaptureAsync(EventId, User, Code, Note, cancellationToken);
        if (outcome.Refusal is { } refusal)
        {
            ModelState.AddModelError(refusal.Field is null ? string.Empty : nameof(Code), refusal.Message);
            return Page();
        }
        TempData["Status"] = outcome.Value!.New ? l["Lead added: {0}.", outcome.Value.FullName].Value : l["{0} is in your leads already.", outcome.Value.FullName].Value;
        return Redirect($"/my/events/{EventId}/leads");
    }

    public async Task<IActionResult> OnPostNoteAsync(Guid leadId, CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is { } failed)
        {
            return failed;
        }
        var outcome = await book.NoteAsync(EventId, User, leadId, Note, cancellationToken);
        TempData["Status"] = outcome.Refusal?.Message ?? l["Note saved."].Value;
        return Redirect($"/my/events/{EventId}/leads");
    }

    private async Task<IActionResult?> LoadAsync(CancellationToken cancellationToken)
    {
        Event = await events.FindAsync(EventId, cancellationToken);
        if (Event is null)
        {
            return NotFound();
        }
        var firm = await book.FirmOfAsync(EventId, User, cancellationToken);
        if (firm.Refusal is not null)
        {
            return Forbid();
        }
        Firm = firm.Value;
        Leads = await book.ListAsync(Firm!.ParticipationId, cancellationToken);
        return null;
    }
}
