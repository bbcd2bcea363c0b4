using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SupplierMeetups.Web.Events;
using SupplierMeetups.Web.Identity;
using SupplierMeetups.Web.Matchmaking.AdjustSchedule;
using SupplierMeetups.Web.Matchmaking.DraftSchedule;
using SupplierMeetups.Web.Platform.Persistence;

namespace SupplierMeetups.Web.Matchmaking.PublishSchedule;

public sealed record GridCell(Guid MeetingId, string Prime, string Supplier, bool Published);

/// <summary>
/// The organizers' schedule workflow on one page: draft with the engine, review per firm (flagged suppliers first),
/// the grid of slots by tables, move or swap by hand, publish the reviewed version. Works without JavaScript.
/// </summary>
[Authorize(Roles = Roles.Organizer)]
public sealed class ScheduleBoardPageModel(
    AppDbContext db, EventStore events, Participants participants, ScheduleReview review, ScheduleDrafter drafter,
    ScheduleAdjuster adjuster, SchedulePublisher publisher) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid EventId { get; set; }

    public Event? Event { get; private set; }
    public ScheduleReviewModel? Review { get; private set; }
    public IReadOnlyList<MeetingSlot> Slots { get; private set; } = [];
    public IReadOnlyList<string> Tables { get; private set; } = [];
    public Dictionary<(string Slot, string Table), GridCell> Grid { get; private set; } = [];
    public string? Message { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await LoadAsync(cancellationToken) ? Page() : NotFound();

    public Task<IActionResult> OnPostDraftAsync(CancellationToken cancellationToken) =>
        AfterAsync(async () => (await drafter.DraftAsync(EventId, cancellationToken)).Refusal, cancellationToken);

    public Task<IActionResult> OnPostPublishAsync(Guid version, CancellationToken cancellationToken) =>
        AfterAsync(async () => (await publisher.PublishAsync(EventId, version, cancellationToken)).Refusal, cancellationToken);

    public Task<IActionResult> OnPostMoveAsync(Guid meetingId, string slot, string table, CancellationToken cancellationToken) =>
        AfterAsync(async () => (await adjuster.MoveAsync(EventId, meetingId, slot ?? "", table ?? "", cancellationToken)).Refusal, cancellationToken);

    public Task<IActionResult> OnPostSwapAsync(Guid first, Guid second, CancellationToken cancellationToken) =>
        AfterAsync(async () => (await adjuster.SwapAsync(EventId, first, second, cancellationToken)).Refusal, cancellationToken);

    private async Task<IActionResult> AfterAsync(Func<Task<Refusal?>> action, CancellationToken cancellationToken)
    {
        var refusal = await action();
        if (refusal is null)
        {
            return Redirect($"/organizer/events/{EventId}/schedule");
        }
        Message = refusal.Message;
        return await LoadAsync(cancellationToken) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        Event = await events.FindAsync(EventId, cancellationToken);
        if (Event is null)
        {
            return false;
        }
        Review = await review.LoadAsync(EventId, cancellationToken);
        Slots = Event.Slots();
        Tables = Event.Tables.Select(t => t.Code).Order(StringComparer.Ordinal).ToList();
        var firms = await participants.AllAsync(EventId, cancellationToken);
        var placed = await db.Set<MeetingRequest>().AsNoTracking()
            .Where(r => r.EventId == EventId && r.Status == RequestStatus.Accepted && r.Slot != null)
            .Select(r => new { r.Id, r.PrimeId, r.SupplierId, r.Slot, r.Table, r.PublishedSlot, r.PublishedTable }).ToListAsync(cancellationToken);
        Grid = placed.ToDictionary(
            r => (r.Slot!, r.Table!),
            r => new GridCell(r.Id, firms.GetValueOrDefault(r.PrimeId)?.ShortName ?? "", firms.GetValueOrDefault(r.SupplierId)?.ShortName ?? "", r.Slot == r.PublishedSlot && r.Table == r.PublishedTable));
        return true;
    }
}
