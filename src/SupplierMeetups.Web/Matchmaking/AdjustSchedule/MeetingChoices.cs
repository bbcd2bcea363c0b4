using Microsoft.Extensions.Localization;
using SupplierMeetups.Web.Events.Contracts;
using SupplierMeetups.Web.Matchmaking.DraftSchedule;
using SupplierMeetups.Web.Platform.Localization;
using SupplierMeetups.Web.Platform.Persistence;

namespace SupplierMeetups.Web.Matchmaking.AdjustSchedule;

/// <summary>A place or a swap an organizer may choose; <see cref="Reasons"/> says why not when it is not possible.</summary>
public sealed record SlotChoice(MeetingSlot Slot, bool Current, IReadOnlyList<string> Reasons)
{
    public bool Possible => Reasons.Count == 0;
}

public sealed record TableChoice(string Table, bool Current, IReadOnlyList<string> Reasons)
{
    public bool Possible => !Current && Reasons.Count == 0;
}

public sealed record SwapChoice(Guid MeetingId, MeetingSlot Slot, string Table, string Prime, string Supplier, IReadOnlyList<string> Reasons)
{
    public bool Possible => Reasons.Count == 0;
}

/// <summary>One meeting and every place it could go: all slots, the tables of the chosen slot, the meetings it could trade places with.</summary>
public sealed record MeetingChoicesModel(
    MeetingRequest Meeting, string Prime, string Supplier, MeetingSlot? Slot, bool Published,
    IReadOnlyList<SlotChoice> Slots, MeetingSlot? ChosenSlot, IReadOnlyList<TableChoice> Tables, IReadOnlyList<SwapChoice> Swaps);

/// <summary>
/// Lists the moves and swaps the engine's rules allow for one meeting, and those they do not with the reason, so that an
/// organizer chooses instead of typing slot and table codes. The adjuster checks the choice again when it is made.
/// </summary>
public sealed class MeetingChoices(AppDbContext db, IEventQueries events, Participants participants, IStringLocalizer<SharedResource> l)
{
    public async Task<MeetingChoicesModel?> LoadAsync(Guid eventId, Guid meetingId, string? chosenSlot, CancellationToken cancellationToken)
    {
        var board = await ScheduleBoard.LoadAsync(db, events, participants, eventId, cancellationToken);
        var meeting = board?.Accepted.SingleOrDefault(r => r.Id == meetingId);
        if (board is null || meeting is null)
        {
            return null;
        }
        var rules = new PlacementRules(board, l);
        Guid[] self = [meeting.Id];
        var slots = board.Slots.Select(slot =>
        {
            var reasons = rules.SideConflicts(meeting, slot.Id, self);
            if (reasons.Count == 0 && !board.Tables.Any(t => !(slot.Id == meeting.Slot && t == meeting.Table) && rules.TableConflicts(meeting, slot.Id, t, self).Count == 0))
            {
                reasons.Add(l["No table that {0} and {1} may use is free at {2}.", Name(board, meeting.PrimeId), Name(board, meeting.SupplierId), PlacementRules.Label(slot)]);
            }
            return new SlotChoice(slot, slot.Id == meeting.Slot, reasons);
        }).ToList();
        var chosen = rules.Slot(chosenSlot) ?? rules.Slot(meeting.Slot) ?? slots.FirstOrDefault(s => s.Possible)?.Slot;
        var tables = chosen is null ? [] : board.Tables.Select(t => new TableChoice(
            t, chosen.Id == meeting.Slot && t == meeting.Table,
            rules.SideConflicts(meeting, chosen.Id, self).Concat(rules.TableConflicts(meeting, chosen.Id, t, self)).ToList())).ToList();
        var swaps = meeting.Slot is null ? [] : board.Accepted
            .Where(other => other.Id != meeting.Id && other.Slot is not null && rules.Slot(other.Slot) is not null)
            .Select(other => new SwapChoice(other.Id, rules.Slot(other.Slot)!, other.Table!, Name(board, other.PrimeId), Name(board, other.SupplierId), rules.SwapConflicts(meeting, other)))
            .OrderBy(s => s.Slot.Day).ThenBy(s => s.Slot.Start).ThenBy(s => s.Table, StringComparer.Ordinal).ToList();
        return new MeetingChoicesModel(
            meeting, Name(board, meeting.PrimeId), Name(board, meeting.SupplierId), rules.Slot(meeting.Slot),
            meeting.IsPublished && meeting.Slot == meeting.PublishedSlot && meeting.Table == meeting.PublishedTable,
            slots, chosen, tables, swaps);
    }

    private static string Name(ScheduleBoard board, Guid participationId) => board.Firms.TryGetValue(participationId, out var firm) ? firm.ShortName : "?";
}
