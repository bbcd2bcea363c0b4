using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SupplierMeetups.Web.Events.Contracts;
using SupplierMeetups.Web.Matchmaking.DraftSchedule;
using SupplierMeetups.Web.Platform.Localization;
using SupplierMeetups.Web.Platform.Persistence;
using SupplierMeetups.Web.Platform.Refusals;

namespace SupplierMeetups.Web.Matchmaking.AdjustSchedule;

/// <summary>An organizer moves a meeting or swaps two; every rule the engine keeps is checked and a break is refused with the reason.</summary>
public sealed class ScheduleAdjuster(AppDbContext db, IEventQueries events, Participants participants, IStringLocalizer<SharedResource> l)
{
    public async Task<Outcome<EventSchedule>> MoveAsync(Guid eventId, Guid requestId, string slot, string table, CancellationToken cancellationToken)
    {
        var board = await ScheduleBoard.LoadAsync(db, events, participants, eventId, cancellationToken);
        var meeting = board?.Accepted.SingleOrDefault(r => r.Id == requestId);
        if (board is null || meeting is null)
        {
            return new Refusal(l["There is no such meeting."], StatusCodes.Status404NotFound);
        }
        var conflicts = new PlacementRules(board, l).Conflicts(meeting, slot.Trim(), table.Trim(), ignore: [meeting.Id]);
        if (conflicts.Count > 0)
        {
            return new Refusal(string.Join(" ", conflicts), StatusCodes.Status409Conflict);
        }
        (meeting.Slot, meeting.Table, meeting.UnscheduledReason) = (slot.Trim(), table.Trim(), null);
        return await SaveAsync(eventId, cancellationToken);
    }

    public async Task<Outcome<EventSchedule>> SwapAsync(Guid eventId, Guid firstId, Guid secondId, CancellationToken cancellationToken)
    {
        var board = await ScheduleBoard.LoadAsync(db, events, participants, eventId, cancellationToken);
        var first = board?.Accepted.SingleOrDefault(r => r.Id == firstId);
        var second = board?.Accepted.SingleOrDefault(r => r.Id == secondId);
        if (board is null || first is null || second is null || first.Id == second.Id)
        {
            return new Refusal(l["There is no such meeting."], StatusCodes.Status404NotFound);
        }
        if (first.Slot is null || second.Slot is null)
        {
            return new Refusal(l["Only two scheduled meetings can be swapped."], StatusCodes.Status409Conflict);
        }
        var (slotA, tableA, slotB, tableB) = (first.Slot, first.Table!, second.Slot, second.Table!);
        var conflicts = new PlacementRules(board, l).SwapConflicts(first, second);
        if (conflicts.Count > 0)
        {
            return new Refusal(string.Join(" ", conflicts), StatusCodes.Status409Conflict);
        }
        (first.Slot, first.Table, second.Slot, second.Table) = (slotB, tableB, slotA, tableA);
        return await SaveAsync(eventId, cancellationToken);
    }

    private async Task<Outcome<EventSchedule>> SaveAsync(Guid eventId, CancellationToken cancellationToken)
    {
        var schedule = await db.Set<EventSchedule>().SingleOrDefaultAsync(s => s.EventId == eventId, cancellationToken);
        if (schedule is null)
        {
            return new Refusal(l["There is no draft schedule yet."], StatusCodes.Status409Conflict);
        }
        schedule.Version = Guid.NewGuid();
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return new Refusal(l["Another organizer changed the schedule at the same time. Reload it and try again."], StatusCodes.Status409Conflict);
        }
        return schedule;
    }
}
