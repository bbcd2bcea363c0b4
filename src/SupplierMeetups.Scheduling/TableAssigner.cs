namespace SupplierMeetups.Scheduling;

/// <summary>
/// Turns "a table of this kind" into table ids: fixed meetings keep their table, the others take the
/// free tables of their kind in listed order, meetings in problem order.
/// </summary>
internal static class TableAssigner
{
    public static string[] Assign(CompiledProblem p, ScheduleState state)
    {
        var tables = new string[p.MeetingCount];
        var taken = new HashSet<(int Slot, string Table)>();
        for (var m = 0; m < p.MeetingCount; m++)
        {
            if (p.FixedSlot[m] < 0) continue;
            tables[m] = p.Source.Meetings[m].Fixed!.Table;
            taken.Add((p.FixedSlot[m], tables[m]));
        }

        var next = new int[p.ResourceCount * p.SlotCount];
        for (var m = 0; m < p.MeetingCount; m++)
        {
            int slot = state.SlotOf[m], resource = state.ResourceOf[m];
            if (slot < 0 || tables[m] is not null) continue;
            var list = p.ResourceTables[resource];
            ref var cursor = ref next[resource * p.SlotCount + slot];
            while (taken.Contains((slot, list[cursor]))) cursor++;
            tables[m] = list[cursor++];
        }

        return tables;
    }
}
