namespace SupplierMeetups.Scheduling;

public sealed record SolveOptions
{
    /// <summary>
    /// Stop improving after this long and return the best schedule so far. Without a limit (or when the
    /// limit is not reached) the result is deterministic; a reached limit gives a valid but possibly different schedule.
    /// </summary>
    public TimeSpan? TimeLimit { get; init; }

    /// <summary>The clock the time limit is measured on.</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;
}
