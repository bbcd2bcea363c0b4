using Microsoft.Extensions.Localization;
using SupplierMeetups.Web.Events.Contracts;
using SupplierMeetups.Web.Matchmaking.DraftSchedule;
using SupplierMeetups.Web.Platform.Localization;

namespace SupplierMeetups.Web.Matchmaking.AdjustSchedule;

/// <summary>
/// The engine's rules for one meeting in one place, with the other meetings where they are: both firms available and
/// free (within a prime's desks at once), the table free, a prime with desks only at its own, others not at a prime's.
/// Each break is a sentence an organizer can act on. The board's meetings are indexed by slot once, so the options
/// page can ask about every slot, table and swap of a meeting without reading the board again.
/// </summary>
public sealed class PlacementRules
{
    private readonly ScheduleBoard _board;
    private readonly IStringLocalizer _l;
    private readonly ILookup<string, MeetingRequest> _bySlot;
    private readonly Dictionary<string, MeetingSlot> _slots;

    public PlacementRules(ScheduleBoard board, IStringLocalizer<SharedResource> l)
    {
        _board = board;
        _l = l;
        _bySlot = board.Accepted.Where(r => r.Slot is not null).ToLookup(r => r.Slot!, StringComparer.Ordinal);
        _slots = board.Slots.ToDictionary(s => s.Id, StringComparer.Ordinal);
    }

    public ScheduleBoard Board => _board;

    public MeetingSlot? Slot(string? id) => id is not null && _slots.TryGetValue(id, out var slot) ? slot : null;

    /// <summary>How an organizer reads a slot: its date and start at the venue ("6 May 10:20").</summary>
    public static string Label(MeetingSlot slot) =>
        $"{slot.Date.ToString("d MMMM", LanguageOf.Culture(LanguageOf.Current))} {slot.Start:HH\\:mm}";

    public IEnumerable<MeetingRequest> MeetingsIn(string slot) => _bySlot[slot];

    /// <summary>Everything that stops <paramref name="meeting"/> from taking <paramref name="table"/> in <paramref name="slot"/>; empty when it may.</summary>
    public List<string> Conflicts(MeetingRequest meeting, string slot, string table, IReadOnlyCollection<Guid> ignore)
    {
        var conflicts = new List<string>();
        if (Slot(slot) is null)
        {
            conflicts.Add(_l["{0} is not a meeting slot of this event.", slot]);
        }
        if (!_board.Tables.Contains(table))
        {
            conflicts.Add(_l["{0} is not a meeting table of this event.", table]);
        }
        if (conflicts.Count > 0)
        {
            return conflicts;
        }
        conflicts.AddRange(SideConflicts(meeting, slot, ignore));
        conflicts.AddRange(TableConflicts(meeting, slot, table, ignore));
        return conflicts;
    }

    /// <summary>Why two placed meetings cannot trade places: each checked in the other's place, the two ignored where they are now.</summary>
    public List<string> SwapConflicts(MeetingRequest first, MeetingRequest second)
    {
        Guid[] both = [first.Id, second.Id];
        return Conflicts(first, second.Slot!, second.Table!, both).Concat(Conflicts(second, first.Slot!, first.Table!, both)).Distinct().ToList();
    }

    /// <summary>Why the two firms cannot meet in this slot at all, whatever the table.</summary>
    public List<string> SideConflicts(MeetingRequest meeting, string slot, IReadOnlyCollection<Guid> ignore)
    {
        var conflicts = new List<string>();
        var label = Label(_slots[slot]);
        foreach (var side in new[] { meeting.PrimeId, meeting.SupplierId })
        {
            var name = Name(side);
            if (_board.Unavailable(side, slot))
            {
                conflicts.Add(_l["{0} is outside {1}'s availability.", label, name]);
            }
            else if (_bySlot[slot].Count(r => !ignore.Contains(r.Id) && r.Involves(side)) >= _board.Capacity(side))
            {
                conflicts.Add(_l["{0} has another meeting at {1}.", name, label]);
            }
        }
        return conflicts;
    }

    /// <summary>Why this table will not do for the meeting in this slot: a desk rule, or another meeting sits there.</summary>
    public List<string> TableConflicts(MeetingRequest meeting, string slot, string table, IReadOnlyCollection<Guid> ignore)
    {
        var conflicts = new List<string>();
        var primeDesks = _board.DesksOf(meeting.PrimeId).ToList();
        if (primeDesks.Count > 0 && !primeDesks.Contains(table))
        {
            conflicts.Add(_l["{0} meets at its own tables only ({1}).", Name(meeting.PrimeId), string.Join(", ", primeDesks.Order(StringComparer.Ordinal))]);
        }
        else if (primeDesks.Count == 0 && _board.DeskOwner.TryGetValue(table, out var owner))
        {
            conflicts.Add(_l["Table {0} belongs to {1}.", table, _board.Firms.TryGetValue(owner, out var firm) ? firm.ShortName : table]);
        }
        if (_bySlot[slot].FirstOrDefault(r => r.Table == table && !ignore.Contains(r.Id)) is { } occupant)
        {
            conflicts.Add(_l["Table {0} is taken at {1} ({2} and {3}).", table, Label(_slots[slot]), Name(occupant.PrimeId), Name(occupant.SupplierId)]);
        }
        return conflicts;
    }

    private string Name(Guid participationId) => _board.Firms.TryGetValue(participationId, out var firm) ? firm.ShortName : "?";
}
