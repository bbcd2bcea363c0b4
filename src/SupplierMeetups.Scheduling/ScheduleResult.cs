namespace SupplierMeetups.Scheduling;

/// <summary>
/// A schedule: every meeting of the problem is either in <paramref name="Assignments"/> or in
/// <paramref name="Unscheduled"/> (with the reason it could not be placed), both in the problem's meeting order.
/// <paramref name="UpperBound"/> is a weight no schedule can exceed; when <paramref name="Weight"/> reaches it the schedule is optimal.
/// </summary>
public sealed record ScheduleResult(
    IReadOnlyList<Assignment> Assignments,
    IReadOnlyList<UnscheduledMeeting> Unscheduled,
    int Weight,
    int Gaps,
    bool TimeLimitReached,
    int UpperBound = int.MaxValue,
    BoundKind BoundKind = BoundKind.Capacity,
    int PreferencesAsked = 0,
    int PreferencesMet = 0)
{
    /// <summary>No schedule can weigh more: the weight equals the upper bound.</summary>
    public bool Optimal => Weight >= UpperBound;

    /// <summary>How far below the bound the weight may be, as a share of the bound (0 when optimal).</summary>
    public double ShareBelowBound => UpperBound <= 0 || Optimal ? 0 : (UpperBound - Weight) / (double)UpperBound;
}

/// <summary>Where the upper bound on the weight comes from.</summary>
public enum BoundKind
{
    /// <summary>Per-slot capacities of participants and tables (<c>WeightBound</c>): instant, may be loose.</summary>
    Capacity,

    /// <summary>The exact CP-SAT model: its proven bound, or the optimum itself.</summary>
    Exact,
}

public sealed record Assignment(string Meeting, string Slot, string Table);

public sealed record UnscheduledMeeting(string Meeting, string Reason);
