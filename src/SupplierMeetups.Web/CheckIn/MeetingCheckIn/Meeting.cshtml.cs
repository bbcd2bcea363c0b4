using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using SupplierMeetups.Web.Events.Contracts;
using SupplierMeetups.Web.Platform.Http.Input;
using SupplierMeetups.Web.Platform.Localization;

namespace SupplierMeetups.Web.CheckIn.MeetingCheckIn;

/// <summary>A meeting at its table: scan each side's badge; when both are there the meeting is held.</summary>
[Authorize(Roles = MeetingRoles.TableScanners), ShowsFieldErrors]
public sealed class MeetingModel(TableCheckIns tables, IEventDays events, IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid EventId { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid MeetingId { get; set; }

    [BindProperty]
    public string? Code { get; set; }

    public EventDays? Event { get; private set; }

    public MeetingPresence? Presence { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken) ?? Page();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is { } failed)
        {
            return failed;
        }
        if (string.IsNullOrWhiteSpace(Code))
        {
            ModelState.AddModelError(nameof(Code), l["Scan a badge or type its code."]);
            return Page();
        }
        var outcome = await tables.ScanAsync(EventId, MeetingId, Code, User, cancellationToken);
        if (outcome.Refusal is { } refusal)
        {
            ModelState.AddModelError(refusal.Field is null ? string.Empty : nameof(Code), refusal.Message);
            return Page();
        }
        TempData["Status"] = outcome.Value!.Held ? l["Both sides are here: the meeting is marked as held."].Value : l["Checked in. Now scan the other side's badge."].Value;
        return Redirect($"/checkin/events/{EventId}/meetings/{MeetingId}");
    }

    private async Task<IActionResult?> LoadAsync(CancellationToken cancellationToken)
    {
        Event = await events.FindAsync(EventId, cancellationToken);
        if (Event is null)
        {
            return NotFound();
        }
        var found = await tables.MeetingForAsync(EventId, MeetingId, User, cancellationToken);
        if (found.Refusal is { } refusal)
        {
            return refusal.Status == StatusCodes.Status403Forbidden ? Forbid() : NotFound();
        }
        Presence = await tables.PresenceAsync(found.Value!, cancellationToken);
        return null;
    }
}
