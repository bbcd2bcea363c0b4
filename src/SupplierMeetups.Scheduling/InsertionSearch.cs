namespace SupplierMeetups.Scheduling;

/// <summary>
/// Raises the scheduled weight. An unscheduled meeting goes in directly if it can; otherwise the meetings
/// that block it in a slot are moved elsewhere (an ejection chain of bounded depth, the capacitated
/// cousin of a Kempe-chain recolouring); otherwise lighter meetings are displaced when that gains weight
/// after they have tried to find new places themselves.
/// </summary>
internal sealed class InsertionSearch(CompiledProblem p, ScheduleState state, Deadline deadline)
{
    private readonly bool[] _inChain = new bool[p.MeetingCount];
    private readonly List<int> _chain = [];
    private int _budget;

    /// <summary>Repeats passes over the unscheduled meetings, heaviest first, until a pass gains nothing.</summary>
    public void Run(int maxPasses)
    {
        var order = Enumerable.Range(0, p.MeetingCount)
            .OrderByDescending(m => p.Weight[m]).ThenBy(m => m).ToArray();
        for (var pass = 0; pass < maxPasses; pass++)
        {
            var before = state.Weight;
            foreach (var m in order)
            {
                if (deadline.Passed()) return;
                if (state.SlotOf[m] >= 0) continue;
                if (Placement.Place(p, state, m)) continue;
                if (TryRelocate(m)) continue;
                TryDisplace(m);
            }

            if (state.Weight == before) return;
        }
    }

    /// <summary>Places <paramref name="m"/> by moving the meetings that block it in some slot.</summary>
    public bool TryRelocate(int m)
    {
        _budget = 4000;
        state.Journaling = true;
        var mark = state.JournalMark;
        Enter(m);
        var placed = Insert(m, depth: 2, excludedSlot: Placement.None);
        if (!placed) state.RollBack(mark);
        LeaveTo(0);
        state.Journaling = false;
        state.Commit(mark);
        return placed;
    }

    private bool Insert(int m, int depth, int excludedSlot)
    {
        if (Placement.Place(p, state, m, excludedSlot)) return true;
        if (depth == 0) return false;
        int a = p.MeetingA[m], b = p.MeetingB[m];
        // A saturated participant holds its full capacity in every slot it can use: moving its meetings frees nothing.
        if (state.Saturated(a) || state.Saturated(b)) return false;
        for (var s = 0; s < p.SlotCount; s++)
        {
            if (s == excludedSlot || !p.Available[a * p.SlotCount + s] || !p.Available[b * p.SlotCount + s]) continue;
            if (--_budget < 0) return false;
            var mark = state.JournalMark;
            var chainMark = _chain.Count;
            if (Free(a, s, depth) && Free(b, s, depth) && FreeTable(m, s, depth))
            {
                var r = Placement.FreeResource(p, state, m, s);
                if (r >= 0 && state.ParticipantFree(a, s) && state.ParticipantFree(b, s))
                {
                    state.Place(m, s, r);
                    return true;
                }
            }

            state.RollBack(mark);
            LeaveTo(chainMark);
        }

        return false;
    }

    private bool Free(int participant, int slot, int depth)
    {
        if (state.ParticipantFree(participant, slot)) return true;
        return MoveOneOf(state.OccupantsOf(participant, slot).ToArray(), slot, depth);
    }

    private bool FreeTable(int m, int slot, int depth)
    {
        if (Placement.FreeResource(p, state, m, slot) >= 0) return true;
        if (MoveOneOf(state.ResourceOccupants(p.ResourceOptionA[m], slot).ToArray(), slot, depth)) return true;
        var rb = p.ResourceOptionB[m];
        return rb >= 0 && MoveOneOf(state.ResourceOccupants(rb, slot).ToArray(), slot, depth);
    }

    private bool MoveOneOf(int[] occupants, int slot, int depth)
    {
        foreach (var x in occupants)
        {
            if (_inChain[x] || p.FixedSlot[x] >= 0) continue;
            var mark = state.JournalMark;
            var chainMark = _chain.Count;
            Enter(x);
            state.Remove(x);
            if (Insert(x, depth - 1, slot)) return true;
            state.RollBack(mark);
            LeaveTo(chainMark);
        }

        return false;
    }

    /// <summary>
    /// Puts <paramref name="m"/> in the slot where the lightest blockers stand, if they weigh less, and lets them
    /// look for new places; keeps the change only when the scheduled weight grows.
    /// </summary>
    public bool TryDisplace(int m)
    {
        int a = p.MeetingA[m], b = p.MeetingB[m];
        var candidates = new List<(int Cost, int Slot)>();
        for (var s = 0; s < p.SlotCount; s++)
        {
            if (!p.Available[a * p.SlotCount + s] || !p.Available[b * p.SlotCount + s]) continue;
            var cost = LightestBlockers(m, s, null);
            if (cost < p.Weight[m]) candidates.Add((cost, s));
        }

        candidates.Sort();
        var blockers = new List<int>(3);
        var before = state.Weight;
        foreach (var (_, s) in candidates.Take(6))
        {
            state.Journaling = true;
            var mark = state.JournalMark;
            blockers.Clear();
            LightestBlockers(m, s, blockers);
            foreach (var x in blockers) state.Remove(x);
            var r = Placement.FreeResource(p, state, m, s);
            if (r < 0 || !state.ParticipantFree(a, s) || !state.ParticipantFree(b, s))
            {
                state.RollBack(mark);
                state.Journaling = false;
                state.Commit(mark);
                continue;
            }

            state.Place(m, s, r);
            foreach (var x in blockers)
            {
                if (!Placement.Place(p, state, x))
                {
                    state.Journaling = true;
                    TryRelocateNested(x);
                }
            }

            var gained = state.Weight > before;
            if (!gained) state.RollBack(mark);
            state.Journaling = false;
            state.Commit(mark);
            if (gained) return true;
        }

        return false;
    }

    private void TryRelocateNested(int x)
    {
        _budget = 2000;
        var mark = state.JournalMark;
        Enter(x);
        if (!Insert(x, depth: 1, excludedSlot: Placement.None)) state.RollBack(mark);
        LeaveTo(0);
    }

    /// <summary>The weight of the lightest meetings whose removal lets <paramref name="m"/> into <paramref name="slot"/>.</summary>
    private int LightestBlockers(int m, int slot, List<int>? chosen)
    {
        int a = p.MeetingA[m], b = p.MeetingB[m];
        int first = -1, second = -1, third = -1;
        if (!state.ParticipantFree(a, slot)) first = Lightest(state.OccupantsOf(a, slot), -1, -1);
        if (first == -2) return int.MaxValue;
        var bFreed = first >= 0 && Involves(first, b);
        if (!bFreed && !state.ParticipantFree(b, slot)) second = Lightest(state.OccupantsOf(b, slot), -1, -1);
        if (second == -2) return int.MaxValue;
        if (Placement.FreeResource(p, state, m, slot) < 0 && !FreesTable(m, first) && !FreesTable(m, second))
        {
            third = Lightest(state.ResourceOccupants(p.ResourceOptionA[m], slot), first, second);
            var rb = p.ResourceOptionB[m];
            if (rb >= 0)
            {
                var other = Lightest(state.ResourceOccupants(rb, slot), first, second);
                if (third < 0 || other >= 0 && p.Weight[other] < p.Weight[third]) third = other;
            }

            if (third < 0) return int.MaxValue;
        }

        var cost = 0;
        foreach (var x in new[] { first, second, third })
        {
            if (x < 0) continue;
            cost += p.Weight[x];
            chosen?.Add(x);
        }

        return cost;
    }

    private bool Involves(int x, int participant) => p.MeetingA[x] == participant || p.MeetingB[x] == participant;

    private bool FreesTable(int m, int x) =>
        x >= 0 && (state.ResourceOf[x] == p.ResourceOptionA[m] || state.ResourceOf[x] == p.ResourceOptionB[m]);

    /// <returns>The lightest movable occupant, or -2 when there is none to move.</returns>
    private int Lightest(ReadOnlySpan<int> occupants, int skip1, int skip2)
    {
        var best = -2;
        foreach (var x in occupants)
        {
            if (p.FixedSlot[x] >= 0 || x == skip1 || x == skip2) continue;
            if (best < 0 || p.Weight[x] < p.Weight[best] || p.Weight[x] == p.Weight[best] && x < best) best = x;
        }

        return best;
    }

    // A meeting moves at most once per chain, so chains cannot cycle.
    private void Enter(int m)
    {
        _inChain[m] = true;
        _chain.Add(m);
    }

    private void LeaveTo(int mark)
    {
        for (var i = mark; i < _chain.Count; i++) _inChain[_chain[i]] = false;
        _chain.RemoveRange(mark, _chain.Count - mark);
    }
}
