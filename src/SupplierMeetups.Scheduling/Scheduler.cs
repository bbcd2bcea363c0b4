namespace SupplierMeetups.Scheduling;

/// <summary>
/// The meeting-scheduling engine: maximizes the scheduled priority weight, then minimizes gaps, never
/// breaks a rule of FORMAT.md and never moves a fixed meeting. Deterministic unless the time limit is reached.
/// </summary>
public static class Scheduler
{
    private const ulong Seed = 20251106;

    /// <exception cref="InvalidSchedulingProblemException">The problem breaks a rule (see <see cref="SchedulingProblemValidator"/>).</exception>
    public static ScheduleResult Solve(SchedulingProblem problem, SolveOptions? options = null)
    {
        options ??= new SolveOptions();
        var errors = SchedulingProblemValidator.Validate(problem);
        if (errors.Count > 0) throw new InvalidSchedulingProblemException(errors);

        var compiled = CompiledProblem.From(problem);
        var deadline = new Deadline(options.TimeProvider, options.TimeLimit);
        var bound = WeightBound.Compute(compiled);
        var state = new ScheduleState(compiled);
        PlaceFixed(compiled, state);
        Construct(compiled, state, deadline);
        var insertion = new InsertionSearch(compiled, state, deadline);
        insertion.Run(maxPasses: 4);
        var gaps = new GapSearch(compiled, state, deadline, Seed);
        // Perturb and repair: annealing reshuffles slots without losing weight, which opens room for meetings
        // the insertion could not place before (konya-7 reaches its optimum only this way).
        var stale = 0;
        for (var round = 0; round < 6 && stale < 2 && state.Scheduled < compiled.MeetingCount; round++)
        {
            var weight = state.Weight;
            gaps.Run(steps: 15L * state.Scheduled, startTemperature: 1.0, endTemperature: 0.05, stopWithoutGaps: false);
            insertion.Run(maxPasses: 4);
            stale = state.Weight > weight ? 0 : stale + 1;
        }

        var boundKind = BoundKind.Capacity;
        if (state.Weight < bound && !deadline.PassedNow())
        {
            var exact = ExactSearch.Run(compiled, state, bound, options, deadline);
            if (exact is not null && exact.Bound < bound) (bound, boundKind) = (exact.Bound, BoundKind.Exact);
            if (exact is not null && exact.Proven) boundKind = BoundKind.Exact;
        }

        gaps.Run(steps: 60L * state.Scheduled, startTemperature: 1.0, endTemperature: 0.05);
        deadline.PassedNow();
        return BuildResult(compiled, state, deadline.Reached, Math.Max(bound, state.Weight), boundKind);
    }

    private static void PlaceFixed(CompiledProblem p, ScheduleState state)
    {
        for (var m = 0; m < p.MeetingCount; m++)
        {
            if (p.FixedSlot[m] >= 0) state.Place(m, p.FixedSlot[m], p.FixedResource[m]);
        }
    }

    /// <summary>Heaviest first; among equals the meeting with the fewest common free slots first.</summary>
    private static void Construct(CompiledProblem p, ScheduleState state, Deadline deadline)
    {
        var commonSlots = new int[p.MeetingCount];
        for (var m = 0; m < p.MeetingCount; m++)
        {
            for (var s = 0; s < p.SlotCount; s++)
            {
                if (p.Available[p.MeetingA[m] * p.SlotCount + s] && p.Available[p.MeetingB[m] * p.SlotCount + s]) commonSlots[m]++;
            }
        }

        var order = Enumerable.Range(0, p.MeetingCount).Where(m => p.FixedSlot[m] < 0)
            .OrderByDescending(m => p.Weight[m]).ThenBy(m => commonSlots[m]).ThenBy(m => m);
        foreach (var m in order)
        {
            if (deadline.Passed()) return;
            Placement.Place(p, state, m);
        }
    }

    private static ScheduleResult BuildResult(CompiledProblem p, ScheduleState state, bool timeLimitReached, int bound, BoundKind boundKind)
    {
        var tables = TableAssigner.Assign(p, state);
        var assignments = new List<Assignment>(state.Scheduled);
        var unscheduled = new List<UnscheduledMeeting>();
        for (var m = 0; m < p.MeetingCount; m++)
        {
            var id = p.Source.Meetings[m].Id;
            if (state.SlotOf[m] >= 0) assignments.Add(new Assignment(id, p.Source.Slots[state.SlotOf[m]].Id, tables[m]));
            else unscheduled.Add(new UnscheduledMeeting(id, UnscheduledExplainer.Explain(p, state, m)));
        }

        return new ScheduleResult(assignments, unscheduled, state.Weight, state.Gaps, timeLimitReached, bound, boundKind,
            p.Preferences, Enumerable.Range(0, p.MeetingCount).Count(m => p.PreferredSlot[m] >= 0 && state.SlotOf[m] == p.PreferredSlot[m]));
    }
}
