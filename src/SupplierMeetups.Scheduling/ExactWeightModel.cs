using Google.OrTools.Sat;

namespace SupplierMeetups.Scheduling;

/// <summary>
/// The weight objective as a CP-SAT model: a literal per meeting, common slot and table kind; per slot each
/// participant within its capacity and each table kind within its tables; fixed meetings are constants. Started
/// from the engine's schedule (a complete hint) and capped at the combinatorial bound, so that reaching the bound
/// ends the search. One worker, a fixed seed and a deterministic time limit: the same input gives the same answer.
/// </summary>
internal sealed class ExactWeightModel
{
    private const int RandomSeed = 20251106;

    public sealed record Outcome(bool Proven, int Weight, int Bound, int[] Slots, int[] Resources);

    private readonly CompiledProblem _p;
    private readonly CpModel _model = new();
    private readonly List<(int Meeting, int Slot, int Resource, BoolVar Literal)> _choices = [];
    private readonly int _fixedWeight;

    public ExactWeightModel(CompiledProblem p, int bound)
    {
        _p = p;
        var load = new int[p.ParticipantCount * p.SlotCount];
        var use = new int[p.ResourceCount * p.SlotCount];
        for (var m = 0; m < p.MeetingCount; m++)
        {
            if (p.FixedSlot[m] < 0) continue;
            var s = p.FixedSlot[m];
            load[p.MeetingA[m] * p.SlotCount + s]++;
            load[p.MeetingB[m] * p.SlotCount + s]++;
            use[p.FixedResource[m] * p.SlotCount + s]++;
            _fixedWeight += p.Weight[m];
        }

        var byParticipant = new List<BoolVar>?[p.ParticipantCount * p.SlotCount];
        var byResource = new List<BoolVar>?[p.ResourceCount * p.SlotCount];
        var objective = LinearExpr.NewBuilder();
        for (var m = 0; m < p.MeetingCount; m++)
        {
            if (p.FixedSlot[m] >= 0 || p.Capacity[p.MeetingA[m]] == 0 || p.Capacity[p.MeetingB[m]] == 0) continue;
            var own = new List<BoolVar>();
            int a = p.MeetingA[m], b = p.MeetingB[m];
            for (var s = 0; s < p.SlotCount; s++)
            {
                if (!p.Available[a * p.SlotCount + s] || !p.Available[b * p.SlotCount + s]) continue;
                foreach (var r in new[] { p.ResourceOptionA[m], p.ResourceOptionB[m] })
                {
                    if (r < 0 || p.ResourceCapacity[r] - use[r * p.SlotCount + s] <= 0) continue;
                    var x = _model.NewBoolVar("");
                    _choices.Add((m, s, r, x));
                    own.Add(x);
                    (byParticipant[a * p.SlotCount + s] ??= []).Add(x);
                    (byParticipant[b * p.SlotCount + s] ??= []).Add(x);
                    (byResource[r * p.SlotCount + s] ??= []).Add(x);
                    objective.AddTerm(x, p.Weight[m]);
                }
            }

            if (own.Count > 1) _model.AddAtMostOne(own);
        }

        for (var i = 0; i < byParticipant.Length; i++)
        {
            var room = p.Capacity[i / p.SlotCount] - load[i];
            if (byParticipant[i] is { } xs && xs.Count > room) _model.Add(LinearExpr.Sum(xs) <= room);
        }

        for (var i = 0; i < byResource.Length; i++)
        {
            var room = p.ResourceCapacity[i / p.SlotCount] - use[i];
            if (byResource[i] is { } xs && xs.Count > room) _model.Add(LinearExpr.Sum(xs) <= room);
        }

        var expression = objective;
        _model.Add(expression <= bound - _fixedWeight);
        _model.Maximize(expression);
    }

    /// <summary>How many literals the model would have, counted before building it (large models are not built).</summary>
    public static long CountLiterals(CompiledProblem p)
    {
        long count = 0;
        for (var m = 0; m < p.MeetingCount; m++)
        {
            if (p.FixedSlot[m] >= 0) continue;
            int a = p.MeetingA[m] * p.SlotCount, b = p.MeetingB[m] * p.SlotCount;
            var options = p.ResourceOptionB[m] >= 0 ? 2 : 1;
            for (var s = 0; s < p.SlotCount; s++)
            {
                if (p.Available[a + s] && p.Available[b + s]) count += options;
            }
        }

        return count;
    }

    /// <summary>Starts from <paramref name="state"/>, the engine's schedule.</summary>
    public Outcome Solve(ScheduleState state, double deterministicSeconds, TimeSpan? wallClock)
    {
        foreach (var (m, s, r, x) in _choices) _model.AddHint(x, state.SlotOf[m] == s && state.ResourceOf[m] == r);
        var solver = new CpSolver
        {
            StringParameters = string.Join(' ',
                "num_workers:1",
                $"random_seed:{RandomSeed}",
                "log_search_progress:false",
                FormattableString.Invariant($"max_deterministic_time:{deterministicSeconds}"),
                wallClock is { } limit ? FormattableString.Invariant($"max_time_in_seconds:{Math.Max(0.001, limit.TotalSeconds)}") : ""),
        };
        var status = solver.Solve(_model);
        var slots = new int[_p.MeetingCount];
        var resources = new int[_p.MeetingCount];
        Array.Fill(slots, -1);
        Array.Fill(resources, -1);
        if (status is not (CpSolverStatus.Optimal or CpSolverStatus.Feasible)) return new Outcome(false, -1, int.MaxValue, slots, resources);
        for (var m = 0; m < _p.MeetingCount; m++)
        {
            if (_p.FixedSlot[m] < 0) continue;
            (slots[m], resources[m]) = (_p.FixedSlot[m], _p.FixedResource[m]);
        }

        foreach (var (m, s, r, x) in _choices)
        {
            if (solver.BooleanValue(x)) (slots[m], resources[m]) = (s, r);
        }

        var weight = (int)Math.Round(solver.ObjectiveValue) + _fixedWeight;
        var bound = (int)Math.Floor(solver.BestObjectiveBound + 1e-6) + _fixedWeight;
        return new Outcome(status == CpSolverStatus.Optimal, weight, status == CpSolverStatus.Optimal ? weight : bound, slots, resources);
    }
}
