namespace SupplierMeetups.Scheduling;

/// <summary>
/// An upper bound on the weight any schedule can reach, without a solver. Every meeting is charged to one of
/// the things it uses in its slot (either participant, or its table kind when it has only one). Whatever a
/// schedule holds, the meetings charged to one of them fit its per-slot capacity, so the best such set per
/// resource (a transversal matroid: greedy by weight with augmenting paths is exact) summed over all resources
/// bounds the weight. Each meeting is charged where capacity is scarcest; then single meetings are moved
/// to another resource while that lowers the sum.
/// </summary>
internal static class WeightBound
{
    /// <summary>Work (meetings matched) allowed for the improving moves; counted, not timed, so the bound is deterministic.</summary>
    private const long MoveWork = 3_000_000;

    /// <summary>
    /// On larger instances each move rematches resources with hundreds of meetings, and the moves tightened
    /// nothing on large-7 in seconds; small and concentrated events (where CP-SAT also runs) gain the most.
    /// </summary>
    private const int MoveMaxMeetings = 3000;

    public static int Compute(CompiledProblem p)
    {
        var resources = Resources(p, out var capacity, out var available);
        var slotsOf = new int[p.MeetingCount][];
        for (var m = 0; m < p.MeetingCount; m++) slotsOf[m] = CommonSlots(p, m);
        var pressure = Pressure(p, resources, capacity, available, slotsOf);
        var charged = new int[p.MeetingCount];
        var members = new List<int>[capacity.Length];
        for (var r = 0; r < members.Length; r++) members[r] = [];
        for (var m = 0; m < p.MeetingCount; m++)
        {
            var best = resources[m].MaxBy(r => (pressure[r], -r));
            charged[m] = best;
            members[best].Add(m);
        }

        var selected = new bool[p.MeetingCount];
        var value = new int[capacity.Length];
        var rejected = new int[capacity.Length];
        var total = 0;
        for (var r = 0; r < members.Length; r++) total += value[r] = Evaluate(r);

        // A meeting its resource takes may cost less where capacity is also full (some meetings left out there).
        long work = 0;
        for (var pass = 0; pass < 3 && p.MeetingCount <= MoveMaxMeetings; pass++)
        {
            var improved = false;
            for (var m = 0; m < p.MeetingCount && work < MoveWork; m++)
            {
                if (!selected[m] || p.FixedSlot[m] >= 0) continue;
                var from = charged[m];
                var targets = resources[m].Where(r => r != from && rejected[r] > 0).ToArray();
                if (targets.Length == 0) continue;
                members[from].Remove(m);
                var fromValue = Best(p, members[from], capacity[from], available[from], slotsOf);
                work += members[from].Count;
                var (bestTo, bestDelta) = (-1, 0);
                foreach (var to in targets)
                {
                    members[to].Add(m);
                    var delta = fromValue + Best(p, members[to], capacity[to], available[to], slotsOf) - value[from] - value[to];
                    work += members[to].Count;
                    members[to].RemoveAt(members[to].Count - 1);
                    if (delta < bestDelta) (bestTo, bestDelta) = (to, delta);
                }

                members[bestTo < 0 ? from : bestTo].Add(m);
                if (bestTo < 0) continue;
                charged[m] = bestTo;
                value[from] = Evaluate(from);
                value[bestTo] = Evaluate(bestTo);
                total += bestDelta;
                improved = true;
            }

            if (!improved || work >= MoveWork) break;
        }

        return total;

        int Evaluate(int r)
        {
            foreach (var m in members[r]) selected[m] = false;
            var result = Best(p, members[r], capacity[r], available[r], slotsOf, selected);
            rejected[r] = members[r].Count(m => !selected[m]);
            return result;
        }
    }

    /// <summary>Resources: one per participant, then one per table kind. Returns each meeting's options.</summary>
    private static int[][] Resources(CompiledProblem p, out int[] capacity, out bool[][] available)
    {
        int participants = p.ParticipantCount, tables = p.ResourceCount;
        capacity = new int[participants + tables];
        available = new bool[participants + tables][];
        for (var i = 0; i < participants; i++)
        {
            capacity[i] = p.Capacity[i];
            available[i] = p.Available.AsSpan(i * p.SlotCount, p.SlotCount).ToArray();
        }

        for (var r = 0; r < tables; r++)
        {
            capacity[participants + r] = p.ResourceCapacity[r];
            available[participants + r] = Enumerable.Repeat(true, p.SlotCount).ToArray();
        }

        var options = new int[p.MeetingCount][];
        for (var m = 0; m < p.MeetingCount; m++)
        {
            options[m] = p.ResourceOptionB[m] >= 0
                ? [p.MeetingA[m], p.MeetingB[m]]
                : [p.MeetingA[m], p.MeetingB[m], participants + p.ResourceOptionA[m]];
        }

        return options;
    }

    private static int[] CommonSlots(CompiledProblem p, int m)
    {
        if (p.FixedSlot[m] >= 0) return [p.FixedSlot[m]];
        int a = p.MeetingA[m] * p.SlotCount, b = p.MeetingB[m] * p.SlotCount;
        var slots = new List<int>();
        for (var s = 0; s < p.SlotCount; s++)
        {
            if (p.Available[a + s] && p.Available[b + s]) slots.Add(s);
        }

        return slots.ToArray();
    }

    /// <summary>Weight asked of a resource over the weight it could hold: where capacity is scarcest.</summary>
    private static double[] Pressure(CompiledProblem p, int[][] options, int[] capacity, bool[][] available, int[][] slotsOf)
    {
        var demand = new double[capacity.Length];
        for (var m = 0; m < p.MeetingCount; m++)
        {
            if (slotsOf[m].Length == 0) continue;
            foreach (var r in options[m]) demand[r] += 1;
        }

        var pressure = new double[capacity.Length];
        for (var r = 0; r < capacity.Length; r++)
        {
            var supply = capacity[r] * (double)available[r].Count(x => x);
            pressure[r] = demand[r] / Math.Max(0.5, supply);
        }

        return pressure;
    }

    /// <summary>The heaviest set of <paramref name="meetings"/> that fits <paramref name="capacity"/> per slot; fixed ones are kept.</summary>
    internal static int Best(CompiledProblem p, List<int> meetings, int capacity, bool[] available, int[][] slotsOf, bool[]? selected = null)
    {
        if (meetings.Count == 0 || capacity == 0) return 0;
        var order = meetings.OrderByDescending(m => p.FixedSlot[m] >= 0).ThenByDescending(m => p.Weight[m]).ThenBy(m => m).ToArray();
        var held = new List<int>?[p.SlotCount];
        var visited = new int[p.SlotCount];
        // Slots a failed search visited are full of meetings that can go nowhere else, and stay so: skip them.
        var dead = new bool[p.SlotCount];
        var stamp = 0;
        var total = 0;
        foreach (var m in order)
        {
            stamp++;
            if (!Augment(m))
            {
                for (var s = 0; s < dead.Length; s++) dead[s] |= visited[s] == stamp;
                continue;
            }

            total += p.Weight[m];
            if (selected is not null) selected[m] = true;
        }

        return total;

        bool Augment(int m)
        {
            foreach (var s in slotsOf[m])
            {
                if (!available[s] || dead[s] || visited[s] == stamp) continue;
                visited[s] = stamp;
                var list = held[s] ??= [];
                if (list.Count < capacity)
                {
                    list.Add(m);
                    return true;
                }

                for (var i = 0; i < list.Count; i++)
                {
                    if (p.FixedSlot[list[i]] >= 0 || !Augment(list[i])) continue;
                    list[i] = m;
                    return true;
                }
            }

            return false;
        }
    }
}
