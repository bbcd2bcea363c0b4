namespace SupplierMeetups.Scheduling;

/// <summary>
/// The exact half of the hybrid: when the engine's schedule is below the combinatorial bound and the model is
/// small enough, CP-SAT searches from it for a heavier one and for a proof. A heavier schedule replaces the
/// engine's (the gap search then runs on it); the solver's bound tightens the reported one either way.
/// </summary>
internal static class ExactSearch
{
    public static ExactWeightModel.Outcome? Run(CompiledProblem p, ScheduleState state, int bound, SolveOptions options, Deadline deadline)
    {
        if (options.ExactWork <= 0 || ExactWeightModel.CountLiterals(p) is var literals && (literals == 0 || literals > options.ExactMaxLiterals)) return null;
        ExactWeightModel.Outcome outcome;
        try
        {
            outcome = new ExactWeightModel(p, bound).Solve(state, options.ExactWork, deadline.Remaining);
        }
        catch (Exception e) when (e is DllNotFoundException or TypeInitializationException or BadImageFormatException or EntryPointNotFoundException)
        {
            // Without its native library the engine still schedules; the result then carries the capacity bound only.
            return null;
        }

        if (outcome.Weight > state.Weight) Adopt(p, state, outcome);
        return outcome;
    }

    private static void Adopt(CompiledProblem p, ScheduleState state, ExactWeightModel.Outcome outcome)
    {
        for (var m = 0; m < p.MeetingCount; m++)
        {
            if (state.SlotOf[m] >= 0 && p.FixedSlot[m] < 0) state.Remove(m);
        }

        for (var m = 0; m < p.MeetingCount; m++)
        {
            if (p.FixedSlot[m] < 0 && outcome.Slots[m] >= 0) state.Place(m, outcome.Slots[m], outcome.Resources[m]);
        }
    }
}
