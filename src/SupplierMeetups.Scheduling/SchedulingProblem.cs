namespace SupplierMeetups.Scheduling;

/// <summary>A scheduling instance as fixed by shared/matchmaking/FORMAT.md.</summary>
public sealed record SchedulingProblem(
    string Name,
    IReadOnlyList<Slot> Slots,
    IReadOnlyList<string> Pool,
    IReadOnlyList<Participant> Participants,
    IReadOnlyList<Meeting> Meetings);

/// <summary>A meeting slot; slots are listed in time order and a day's slots are contiguous.</summary>
public sealed record Slot(string Id, int Day, DateTimeOffset? Start, int Minutes);

/// <summary>
/// A firm taking part. <paramref name="Capacity"/> is how many meetings it holds at once;
/// <paramref name="Tables"/> are desks dedicated to it; in <paramref name="Unavailable"/> slots it holds none.
/// </summary>
public sealed record Participant(
    string Id,
    string Role,
    int Capacity,
    IReadOnlyList<string> Tables,
    IReadOnlyList<string> Unavailable);

/// <summary>
/// An accepted meeting request between <paramref name="A"/> and <paramref name="B"/>. <paramref name="Preferred"/> is
/// the slot the requester asked for: honoured when it costs neither weight nor gaps (the third objective).
/// </summary>
public sealed record Meeting(string Id, string A, string B, int Priority, FixedPlacement? Fixed = null, string? Preferred = null);

/// <summary>Where an already published meeting sits; a schedule must keep it there.</summary>
public sealed record FixedPlacement(string Slot, string Table);
