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
        var conflicts = Conflicts(board, meeting, slot.Trim(), table.Trim(), ignore: [meeting.Id]);
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
        var conflicts = Conflicts(board, first, slotB, tableB, ignore: [first.Id, second.Id])
            .Concat(Conflicts(board, second, slotA, tableA, ignore: [first.Id, second.Id])).Distinct().ToList();
        if (conflicts.Count > 0)
        {
            return new Refusal(string.Join(" ", conflicts), StatusCodes.Status409Conflict);
        }
        (first.Slot, first.Table, second.Slot, second.Table) = (slotB, tableB, slotA, tableA);
        return await SaveAsync(eventId, cancellationToken);
    }

    /// <summary>The engine's rules for one meeting in one place, with the other meetings where they are.</summary>
    private List<string> Conflicts(ScheduleBoard board, MeetingRequest meeting, string slot, string table, IReadOnlyCollection<Guid> ignore)
    {
        var conflicts = new List<string>();
        if (board.Slots.All(s => s.Id != slot))
        {
            conflicts.Add(l["{0} is not a meeting slot of this event.", slot]);
        }
        if (!board.Tables.Contains(table))
        {
            conflicts.Add(l["{0} is not a meeting table of this event.", table]);
        }
        if (conflicts.Count > 0)
        {
            return conflicts;
        }
        var others = board.Accepted.Where(r => r.Slot == slot && !ignore.Contains(r.Id)).ToList();
        foreach (var side in new[] { meeting.PrimeId, meeting.SupplierId })
        {
            var name = board.Firms[side].ShortName;
            if (board.Unavailable(side, slot))
            {
                conflicts.Add(l["{0} is not available in {1}.", name, slot]);
            }
            else if (others.Count(r => r.Involves(side)) >= board.Capacity(side))
            {
                conflicts.Add(l["{0} already has a meeting in {1}.", name, slot]);
            }
        }
        var primeDesks = board.DesksOf(meeting.PrimeId).ToList();
        if (primeDesks.Count > 0 && !primeDesks.Contains(table))
        {
            conflicts.Add(l["{0} meets at its own tables only ({1}).", board.Firms[meeting.PrimeId].ShortName, string.Join(", ", primeDesks.Order(StringComparer.Ordinal))]);
        }
        else if (primeDesks.Count == 0 && board.DeskOwner.TryGetValue(table, out var owner))
        {
            conflicts.Add(l["Table {0} belongs to {1}.", table, board.Firms.TryGetValue(owner, out var firm) ? firm.ShortName : table]);
        }
        if (others.FirstOrDefault(r => r.Table == table) is { } occupant)
        {
            conflicts.Add(l["Table {0} is taken in {1} by {2} and {3}.", table, slot, board.Firms[occupant.PrimeId].ShortName, board.Firms[occupant.SupplierId].ShortName]);
        }
        return conflicts;
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
