namespace SupplierMeetups.Scheduling;

/// <summary>
/// Lowers gaps without losing weight: simulated annealing (seeded, fixed number of steps) over moving a
/// meeting to another slot and swapping the slots of two meetings that share a participant.
/// </summary>
internal sealed class GapSearch(CompiledProblem p, ScheduleState state, Deadline deadline, ulong seed)
{
    private SplitMix64 _random = new(seed);
    private readonly List<int> _movable = [];

    public void Run(long steps, double startTemperature, double endTemperature, bool stopWithoutGaps = true)
    {
        _movable.Clear();
        for (var m = 0; m < p.MeetingCount; m++)
        {
            if (state.SlotOf[m] >= 0 && p.FixedSlot[m] < 0) _movable.Add(m);
        }

        if (_movable.Count == 0 || p.SlotCount < 2) return;
        // Energy: gaps, then missed preferred slots, weighted so that all of them together weigh less than one gap.
        var missWeight = 1.0 / (p.Preferences + 1);
        var best = (state.Gaps, state.PreferenceMisses);
        var bestSlots = (int[])state.SlotOf.Clone();
        var bestResources = (int[])state.ResourceOf.Clone();
        var ratio = Math.Pow(endTemperature / startTemperature, 1.0 / Math.Max(1, steps));
        var temperature = startTemperature;
        state.Journaling = true;
        for (long step = 0; step < steps; step++, temperature *= ratio)
        {
            if (best == (0, 0) && stopWithoutGaps || deadline.Passed()) break;
            var (gapsBefore, missesBefore) = (state.Gaps, state.PreferenceMisses);
            if (!TryNeighbour()) continue;
            var delta = state.Gaps - gapsBefore + missWeight * (state.PreferenceMisses - missesBefore);
            if (delta <= 0 || _random.Unit() < Math.Exp(-delta / temperature))
            {
                state.Commit(0);
                if ((state.Gaps, state.PreferenceMisses).CompareTo(best) < 0)
                {
                    best = (state.Gaps, state.PreferenceMisses);
                    Array.Copy(state.SlotOf, bestSlots, bestSlots.Length);
                    Array.Copy(state.ResourceOf, bestResources, bestResources.Length);
                }
            }
            else
            {
                state.RollBack(0);
            }
        }

        state.Commit(0);
        state.Journaling = false;
        if ((state.Gaps, state.PreferenceMisses).CompareTo(best) > 0) Restore(bestSlots, bestResources);
    }

    /// <summary>Applies a random neighbour move (journaled); false when the drawn move is not possible.</summary>
    private bool TryNeighbour()
    {
        var x = _movable[_random.Below(_movable.Count)];
        // Most meetings sit in gap-free days; draw again a few times to spend the steps where gaps are.
        for (var retry = 0; retry < Retries && !InGappedDay(x) && !MissesPreference(x); retry++) x = _movable[_random.Below(_movable.Count)];
        int from = state.SlotOf[x], to = _random.Below(p.SlotCount - 1);
        if (to >= from) to++;
        if (MissesPreference(x) && _random.Below(2) == 0) to = p.PreferredSlot[x];
        int a = p.MeetingA[x], b = p.MeetingB[x];
        var row = p.SlotCount;
        if (!p.Available[a * row + to] || !p.Available[b * row + to]) return false;
        state.Remove(x);
        var resource = Placement.FreeResource(p, state, x, to);
        if (resource >= 0 && state.ParticipantFree(a, to) && state.ParticipantFree(b, to))
        {
            state.Place(x, to, resource);
            return true;
        }

        // Swap with a meeting of a side that is full in the target slot.
        var side = !state.ParticipantFree(a, to) ? a : !state.ParticipantFree(b, to) ? b : -1;
        ReadOnlySpan<int> occupants = side >= 0
            ? state.OccupantsOf(side, to)
            : state.ResourceOccupants(p.ResourceOptionA[x], to);
        if (occupants.Length == 0) return Undo();
        var y = occupants[_random.Below(occupants.Length)];
        if (p.FixedSlot[y] >= 0) return Undo();
        state.Remove(y);
        resource = Placement.FreeResource(p, state, x, to);
        if (resource < 0 || !state.ParticipantFree(a, to) || !state.ParticipantFree(b, to)) return Undo();
        state.Place(x, to, resource);
        int ya = p.MeetingA[y], yb = p.MeetingB[y];
        if (!state.ParticipantFree(ya, from) || !state.ParticipantFree(yb, from)) return Undo();
        var yResource = Placement.FreeResource(p, state, y, from);
        if (yResource < 0) return Undo();
        state.Place(y, from, yResource);
        return true;
    }

    private const int Retries = 3;

    private bool InGappedDay(int x)
    {
        var day = p.SlotDay[state.SlotOf[x]];
        return state.GapsOf(p.MeetingA[x], day) > 0 || state.GapsOf(p.MeetingB[x], day) > 0;
    }

    private bool MissesPreference(int x) => p.PreferredSlot[x] >= 0 && state.SlotOf[x] != p.PreferredSlot[x];

    private bool Undo()
    {
        state.RollBack(0);
        return false;
    }

    private void Restore(int[] slots, int[] resources)
    {
        for (var m = 0; m < p.MeetingCount; m++)
        {
            if (state.SlotOf[m] >= 0 && (state.SlotOf[m] != slots[m] || state.ResourceOf[m] != resources[m])) state.Remove(m);
        }

        for (var m = 0; m < p.MeetingCount; m++)
        {
            if (slots[m] >= 0 && state.SlotOf[m] < 0) state.Place(m, slots[m], resources[m]);
        }
    }
}
