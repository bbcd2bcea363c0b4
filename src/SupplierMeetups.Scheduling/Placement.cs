namespace SupplierMeetups.Scheduling;

/// <summary>Finds where a meeting fits directly: the free slot and table kind that add the fewest gaps.</summary>
internal static class Placement
{
    public const int None = -1;

    /// <returns>The slot, or <see cref="None"/>; <paramref name="resource"/> gets the table kind to use.</returns>
    public static int BestFree(CompiledProblem p, ScheduleState state, int m, int excludedSlot, out int resource)
    {
        int a = p.MeetingA[m], b = p.MeetingB[m];
        int bestSlot = None, bestCost = int.MaxValue;
        resource = -1;
        for (var s = 0; s < p.SlotCount; s++)
        {
            if (s == excludedSlot || !state.ParticipantFree(a, s) || !state.ParticipantFree(b, s)) continue;
            var r = FreeResource(p, state, m, s);
            if (r < 0) continue;
            // Gaps first; among equal gaps the slot the requester asked for.
            var cost = 2 * (state.GapDeltaIfAdded(a, s) + state.GapDeltaIfAdded(b, s)) + (p.PreferredSlot[m] >= 0 && p.PreferredSlot[m] != s ? 1 : 0);
            if (cost >= bestCost) continue;
            (bestSlot, bestCost, resource) = (s, cost, r);
        }

        return bestSlot;
    }

    /// <summary>The table kind with the most free tables in <paramref name="slot"/>, or -1 when none is free.</summary>
    public static int FreeResource(CompiledProblem p, ScheduleState state, int m, int slot)
    {
        int ra = p.ResourceOptionA[m], rb = p.ResourceOptionB[m];
        var freeA = p.ResourceCapacity[ra] - state.ResourceUse(ra, slot);
        var freeB = rb < 0 ? 0 : p.ResourceCapacity[rb] - state.ResourceUse(rb, slot);
        if (freeA <= 0 && freeB <= 0) return -1;
        return freeA >= freeB ? ra : rb;
    }

    public static bool Place(CompiledProblem p, ScheduleState state, int m, int excludedSlot = None)
    {
        var slot = BestFree(p, state, m, excludedSlot, out var resource);
        if (slot == None) return false;
        state.Place(m, slot, resource);
        return true;
    }
}
