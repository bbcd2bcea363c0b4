namespace SupplierMeetups.Scheduling;

/// <summary>
/// A partial schedule with the counters every move needs in O(1): meetings per participant and slot,
/// tables used per resource and slot, gaps per participant and day, and a journal to undo tentative moves.
/// </summary>
internal sealed class ScheduleState
{
    private readonly CompiledProblem _p;
    private readonly int _s;
    private readonly int[] _load;
    private readonly int[] _participantOccupants;
    private readonly int[] _participantOffset;
    private readonly int[] _resourceUse;
    private readonly int[] _resourceOccupants;
    private readonly int[] _resourceOffset;
    private readonly int[] _gaps;
    private readonly int[] _held;
    private readonly List<(int Meeting, int Slot, int Resource)> _journal = [];

    public ScheduleState(CompiledProblem problem)
    {
        _p = problem;
        _s = problem.SlotCount;
        SlotOf = new int[problem.MeetingCount];
        ResourceOf = new int[problem.MeetingCount];
        Array.Fill(SlotOf, -1);
        Array.Fill(ResourceOf, -1);
        _load = new int[problem.ParticipantCount * _s];
        _participantOffset = Offsets(problem.Capacity, _s, out var participantCells);
        _participantOccupants = new int[participantCells];
        _resourceUse = new int[problem.ResourceCount * _s];
        _resourceOffset = Offsets(problem.ResourceCapacity, _s, out var resourceCells);
        _resourceOccupants = new int[resourceCells];
        _gaps = new int[problem.ParticipantCount * problem.DayCount];
        _held = new int[problem.ParticipantCount];
        UsableCapacity = new int[problem.ParticipantCount];
        for (var p = 0; p < problem.ParticipantCount; p++)
        {
            var usable = 0;
            for (var s = 0; s < _s; s++) usable += problem.Available[p * _s + s] ? 1 : 0;
            UsableCapacity[p] = usable * problem.Capacity[p];
        }
    }

    public int[] SlotOf { get; }
    public int[] ResourceOf { get; }
    public int[] UsableCapacity { get; }
    public int Weight { get; private set; }
    public int Gaps { get; private set; }
    public int Scheduled { get; private set; }

    /// <summary>Scheduled meetings that asked for a slot and sit in another one.</summary>
    public int PreferenceMisses { get; private set; }
    public bool Journaling { get; set; }
    public int JournalMark => _journal.Count;

    public int Load(int participant, int slot) => _load[participant * _s + slot];
    public int Held(int participant) => _held[participant];
    public bool Saturated(int participant) => _held[participant] >= UsableCapacity[participant];
    public int ResourceUse(int resource, int slot) => _resourceUse[resource * _s + slot];
    public int GapsOf(int participant, int day) => _gaps[participant * _p.DayCount + day];

    public bool ParticipantFree(int participant, int slot) =>
        _p.Available[participant * _s + slot] && _load[participant * _s + slot] < _p.Capacity[participant];

    public bool ResourceFree(int resource, int slot) => _resourceUse[resource * _s + slot] < _p.ResourceCapacity[resource];

    public bool CanPlace(int m, int slot, int resource) =>
        ParticipantFree(_p.MeetingA[m], slot) && ParticipantFree(_p.MeetingB[m], slot) && ResourceFree(resource, slot);

    public ReadOnlySpan<int> OccupantsOf(int participant, int slot) =>
        _participantOccupants.AsSpan(_participantOffset[participant] + slot * _p.Capacity[participant], _load[participant * _s + slot]);

    public ReadOnlySpan<int> ResourceOccupants(int resource, int slot) =>
        _resourceOccupants.AsSpan(_resourceOffset[resource] + slot * _p.ResourceCapacity[resource], _resourceUse[resource * _s + slot]);

    public void Place(int m, int slot, int resource)
    {
        if (Journaling) _journal.Add((m, -1, -1));
        SlotOf[m] = slot;
        ResourceOf[m] = resource;
        Add(_p.MeetingA[m], slot, m);
        Add(_p.MeetingB[m], slot, m);
        var cell = resource * _s + slot;
        _resourceOccupants[_resourceOffset[resource] + slot * _p.ResourceCapacity[resource] + _resourceUse[cell]] = m;
        _resourceUse[cell]++;
        Weight += _p.Weight[m];
        Scheduled++;
        if (_p.PreferredSlot[m] >= 0 && _p.PreferredSlot[m] != slot) PreferenceMisses++;
    }

    public void Remove(int m)
    {
        int slot = SlotOf[m], resource = ResourceOf[m];
        if (Journaling) _journal.Add((m, slot, resource));
        if (_p.PreferredSlot[m] >= 0 && _p.PreferredSlot[m] != slot) PreferenceMisses--;
        Take(_p.MeetingA[m], slot, m);
        Take(_p.MeetingB[m], slot, m);
        var cell = resource * _s + slot;
        var start = _resourceOffset[resource] + slot * _p.ResourceCapacity[resource];
        RemoveFrom(_resourceOccupants, start, _resourceUse[cell], m);
        _resourceUse[cell]--;
        SlotOf[m] = -1;
        ResourceOf[m] = -1;
        Weight -= _p.Weight[m];
        Scheduled--;
    }

    public void Move(int m, int slot, int resource)
    {
        Remove(m);
        Place(m, slot, resource);
    }

    /// <summary>Undoes every Place and Remove made since <paramref name="mark"/> while journaling.</summary>
    public void RollBack(int mark)
    {
        var journaling = Journaling;
        Journaling = false;
        for (var i = _journal.Count - 1; i >= mark; i--)
        {
            var (m, slot, resource) = _journal[i];
            if (slot < 0) Remove(m);
            else Place(m, slot, resource);
        }

        _journal.RemoveRange(mark, _journal.Count - mark);
        Journaling = journaling;
    }

    public void Commit(int mark)
    {
        if (mark == 0) _journal.Clear();
    }

    /// <summary>How the gaps of <paramref name="participant"/> would change if it held one more meeting in <paramref name="slot"/>.</summary>
    public int GapDeltaIfAdded(int participant, int slot)
    {
        var cell = participant * _s + slot;
        if (_load[cell] > 0) return 0;
        _load[cell]++;
        var day = _p.SlotDay[slot];
        var delta = CountGaps(participant, day) - _gaps[participant * _p.DayCount + day];
        _load[cell]--;
        return delta;
    }

    /// <summary>How the gaps of <paramref name="participant"/> would change if it held one meeting less in <paramref name="slot"/>.</summary>
    public int GapDeltaIfRemoved(int participant, int slot)
    {
        var cell = participant * _s + slot;
        if (_load[cell] > 1) return 0;
        _load[cell]--;
        var day = _p.SlotDay[slot];
        var delta = CountGaps(participant, day) - _gaps[participant * _p.DayCount + day];
        _load[cell]++;
        return delta;
    }

    private void Add(int participant, int slot, int m)
    {
        var cell = participant * _s + slot;
        _participantOccupants[_participantOffset[participant] + slot * _p.Capacity[participant] + _load[cell]] = m;
        _load[cell]++;
        _held[participant]++;
        if (_load[cell] == 1) RefreshGaps(participant, slot);
    }

    private void Take(int participant, int slot, int m)
    {
        var cell = participant * _s + slot;
        RemoveFrom(_participantOccupants, _participantOffset[participant] + slot * _p.Capacity[participant], _load[cell], m);
        _load[cell]--;
        _held[participant]--;
        if (_load[cell] == 0) RefreshGaps(participant, slot);
    }

    private void RefreshGaps(int participant, int slot)
    {
        var day = _p.SlotDay[slot];
        var index = participant * _p.DayCount + day;
        var gaps = CountGaps(participant, day);
        Gaps += gaps - _gaps[index];
        _gaps[index] = gaps;
    }

    private int CountGaps(int participant, int day)
    {
        int first = _p.DayFirstSlot[day], end = _p.DayEndSlot[day], row = participant * _s;
        var lo = first;
        while (lo < end && _load[row + lo] == 0) lo++;
        if (lo == end) return 0;
        var hi = end - 1;
        while (_load[row + hi] == 0) hi--;
        var gaps = 0;
        for (var s = lo + 1; s < hi; s++)
        {
            if (_load[row + s] == 0 && _p.Available[row + s]) gaps++;
        }

        return gaps;
    }

    private static void RemoveFrom(int[] cells, int start, int count, int m)
    {
        var last = start + count - 1;
        for (var i = start; i <= last; i++)
        {
            if (cells[i] != m) continue;
            cells[i] = cells[last];
            return;
        }

        throw new InvalidOperationException($"meeting {m} is not where the state says it is");
    }

    private static int[] Offsets(int[] capacity, int slots, out int total)
    {
        var offsets = new int[capacity.Length];
        total = 0;
        for (var i = 0; i < capacity.Length; i++)
        {
            offsets[i] = total;
            total += capacity[i] * slots;
        }

        return offsets;
    }
}
