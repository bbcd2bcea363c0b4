using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using SupplierMeetups.Web.Events.Contracts;
using SupplierMeetups.Web.Identity;
using SupplierMeetups.Web.Matchmaking.AnswerRequest;
using SupplierMeetups.Web.Platform.Localization;
using SupplierMeetups.Web.Platform.Refusals;
using SupplierMeetups.Web.Platform.Security;

namespace SupplierMeetups.Web.Matchmaking.AdjustSchedule;

/// <summary>
/// One meeting of the schedule, opened from the grid: move it to a slot and table chosen from those possible, swap it
/// with a meeting it can trade places with, or cancel it after a confirm step. Impossible choices are listed disabled
/// with the reason; the server checks the choice again, so a choice gone stale is refused with the reason, not saved.
/// </summary>
[Authorize(Roles = Roles.Organizer)]
public sealed class AdjustMeetingModel(IEventQueries events, MeetingChoices choices, ScheduleAdjuster adjuster, AnswerRequestService answers, IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid EventId { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid MeetingId { get; set; }

    /// <summary>The slot whose tables are listed (the meeting's own by default).</summary>
    [BindProperty(SupportsGet = true, Name = "slot")]
    public string? ChosenSlot { get; set; }

    /// <summary>The organizer asked to cancel: the page asks before it cancels.</summary>
    [BindProperty(SupportsGet = true)]
    public bool Cancel { get; set; }

    public EventInfo? Event { get; private set; }
    public MeetingChoicesModel? Choices { get; private set; }
    public string? Message { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await LoadAsync(cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostMoveAsync(string? table, CancellationToken cancellationToken)
    {
        var (slot, place) = ((ChosenSlot ?? "").Trim(), (table ?? "").Trim());
        if (slot.Length == 0 || place.Length == 0)
        {
            return await RefusedAsync(l["Choose a time and a table."], cancellationToken);
        }
        var outcome = await adjuster.MoveAsync(EventId, MeetingId, slot, place, cancellationToken);
        if (outcome.Refusal is { } refusal)
        {
            return await RefusedAsync(refusal.Message, cancellationToken);
        }
        var theEvent = await events.GetAsync(EventId, cancellationToken);
        var moved = theEvent.Slots().Single(s => s.Id == slot);
        TempData["Status"] = l["The meeting is moved to table {0} at {1}. Publish the schedule to tell the firms.", place, PlacementRules.Label(moved)].Value;
        return Redirect($"/organizer/events/{EventId}/schedule/grid?day={moved.Day}");
    }

    public async Task<IActionResult> OnPostSwapAsync(Guid? other, CancellationToken cancellationToken)
    {
        if (other is not { } second)
        {
            return await RefusedAsync(l["Choose the meeting to swap with."], cancellationToken);
        }
        var outcome = await adjuster.SwapAsync(EventId, MeetingId, second, cancellationToken);
        if (outcome.Refusal is { } refusal)
        {
            return await RefusedAsync(refusal.Message, cancellationToken);
        }
        ChosenSlot = null;
        await LoadAsync(cancellationToken);
        TempData["Status"] = l["The two meetings have traded places. Publish the schedule to tell the firms."].Value;
        return Redirect($"/organizer/events/{EventId}/schedule/grid?day={Choices?.Slot?.Day ?? 1}");
    }

    public async Task<IActionResult> OnPostCancelAsync(CancellationToken cancellationToken)
    {
        var before = await choices.LoadAsync(EventId, MeetingId, null, cancellationToken);
        // Read before cancelling: the board's meeting is the very row the cancellation changes.
        var (day, wasPublished) = (before?.Slot?.Day, before?.Meeting.IsPublished ?? true);
        var outcome = await answers.CancelAsync(EventId, null, asOrganizer: true, MeetingId, cancellationToken);
        if (outcome.Refusal is { } refusal)
        {
            Cancel = false;
            return await RefusedAsync(refusal.Message, cancellationToken);
        }
        TempData["Status"] = !wasPublished
            ? l["The meeting is cancelled; it was not published, so nobody is told."].Value
            : l["The meeting is cancelled; both firms are told by e-mail."].Value;
        return Redirect($"/organizer/events/{EventId}/schedule/grid{(day is { } d ? $"?day={d}" : "")}");
    }

    /// <summary>The page again with the reason; a meeting that left the schedule meanwhile is said so, not a 404.</summary>
    private async Task<IActionResult> RefusedAsync(string message, CancellationToken cancellationToken)
    {
        Message = message;
        if (!await LoadAsync(cancellationToken) && Event is null)
        {
            return NotFound();
        }
        return Page();
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        Event = await events.FindAsync(EventId, cancellationToken);
        if (Event is null)
        {
            return false;
        }
        Choices = await choices.LoadAsync(EventId, MeetingId, ChosenSlot, cancellationToken);
        return Choices is not null;
    }
}
