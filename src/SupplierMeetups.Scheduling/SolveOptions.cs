namespace SupplierMeetups.Scheduling;

public sealed record SolveOptions
{
    /// <summary>
    /// Stop improving after this long and return the best schedule so far. Without a limit (or when the
    /// limit is not reached) the result is deterministic; a reached limit gives a valid but possibly different schedule.
    /// </summary>
    public TimeSpan? TimeLimit { get; init; }

    /// <summary>
    /// The exact solver's budget in CP-SAT's deterministic seconds (a count of work, not the clock, so the
    /// result does not depend on the machine's load); 0 turns the exact search off.
    /// </summary>
    public double ExactWork { get; init; } = 10;

    /// <summary>Larger models are left to the engine alone: CP-SAT would not finish them in a useful time.</summary>
    public int ExactMaxLiterals { get; init; } = 120_000;

    /// <summary>The clock the time limit is measured on.</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;
}
