namespace SupplierMeetups.Scheduling;

/// <summary>
/// A schedule: every meeting of the problem is either in <paramref name="Assignments"/> or in
/// <paramref name="Unscheduled"/> (with the reason it could not be placed), both in the problem's meeting order.
/// </summary>
public sealed record ScheduleResult(
    IReadOnlyList<Assignment> Assignments,
    IReadOnlyList<UnscheduledMeeting> Unscheduled,
    int Weight,
    int Gaps,
    bool TimeLimitReached);

public sealed record Assignment(string Meeting, string Slot, string Table);

public sealed record UnscheduledMeeting(string Meeting, string Reason);
