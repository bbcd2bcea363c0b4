using Google.OrTools.Sat;
using SupplierMeetups.Scheduling;

namespace SupplierMeetups.UnitTests.Scheduling;

/// <summary>
/// The optimum weight by an exact model written from FORMAT.md alone, independent of the engine's: a literal per
/// meeting, slot and concrete table (the engine's model counts table kinds), solved by CP-SAT to optimality.
/// </summary>
internal static class ReferenceOptimum
{
    public static int Weight(SchedulingProblem problem)
    {
        var model = new CpModel();
        var people = problem.Participants.ToDictionary(p => p.Id);
        var atParticipant = new Dictionary<(string, string), List<BoolVar>>();
        var atTable = new Dictionary<(string, string), List<BoolVar>>();
        var objective = LinearExpr.NewBuilder();
        foreach (var meeting in problem.Meetings)
        {
            Participant a = people[meeting.A], b = people[meeting.B];
            var tables = a.Tables.Count + b.Tables.Count == 0 ? problem.Pool : a.Tables.Concat(b.Tables).ToList();
            var options = new List<BoolVar>();
            foreach (var slot in problem.Slots)
            {
                if (a.Unavailable.Contains(slot.Id) || b.Unavailable.Contains(slot.Id)) continue;
                foreach (var table in tables)
                {
                    if (meeting.Fixed is { } f && (f.Slot != slot.Id || f.Table != table)) continue;
                    var x = model.NewBoolVar($"{meeting.Id}@{slot.Id}/{table}");
                    options.Add(x);
                    Add(atParticipant, (a.Id, slot.Id), x);
                    Add(atParticipant, (b.Id, slot.Id), x);
                    Add(atTable, (table, slot.Id), x);
                    objective.AddTerm(x, meeting.Priority);
                }
            }

            if (meeting.Fixed is not null) model.Add(LinearExpr.Sum(options) == 1);
            else model.Add(LinearExpr.Sum(options) <= 1);
        }

        foreach (var ((participant, _), xs) in atParticipant) model.Add(LinearExpr.Sum(xs) <= people[participant].Capacity);
        foreach (var xs in atTable.Values) model.AddAtMostOne(xs);
        model.Maximize(objective);
        var solver = new CpSolver { StringParameters = "num_workers:2 max_time_in_seconds:300" };
        var status = solver.Solve(model);
        if (status != CpSolverStatus.Optimal) throw new InvalidOperationException($"{problem.Name}: the reference model ended {status}");
        return (int)Math.Round(solver.ObjectiveValue);
    }

    private static void Add(Dictionary<(string, string), List<BoolVar>> index, (string, string) key, BoolVar x)
    {
        if (!index.TryGetValue(key, out var list)) index[key] = list = [];
        list.Add(x);
    }
}
