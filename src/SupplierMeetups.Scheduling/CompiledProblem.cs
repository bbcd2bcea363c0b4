namespace SupplierMeetups.Scheduling;

/// <summary>
/// The validated problem as dense integer arrays. Tables are grouped into resources: resource 0 is the
/// shared pool, every participant with dedicated tables has one resource of its own. Within a slot a
/// resource can host as many meetings as it has tables, so the search only counts tables per resource
/// and picks concrete table ids at the end.
/// </summary>
internal sealed class CompiledProblem
{
    public const int Pool = 0;

    public required SchedulingProblem Source { get; init; }
    public required int SlotCount { get; init; }
    public required int[] SlotDay { get; init; }        // compact day index per slot
    public required int[] DayFirstSlot { get; init; }
    public required int[] DayEndSlot { get; init; }     // exclusive
    public required int ParticipantCount { get; init; }
    public required int[] Capacity { get; init; }
    public required bool[] Available { get; init; }     // [participant * SlotCount + slot]
    public required int[] ParticipantResource { get; init; } // -1 when it has no dedicated tables
    public required int MeetingCount { get; init; }
    public required int[] MeetingA { get; init; }
    public required int[] MeetingB { get; init; }
    public required int[] Weight { get; init; }
    public required int[] FixedSlot { get; init; }      // -1 when not fixed
    public required int[] PreferredSlot { get; init; }  // -1 when no slot was asked for
    public required int Preferences { get; init; }
    public required int[] FixedResource { get; init; }
    public required int[] ResourceOptionA { get; init; }
    public required int[] ResourceOptionB { get; init; } // -1 when the meeting has only one kind of table
    public required int[][] MeetingsOf { get; init; }
    public required int ResourceCount { get; init; }
    public required int[] ResourceCapacity { get; init; }
    public required string[][] ResourceTables { get; init; }
    public required int DayCount { get; init; }

    public int MaxDayLength { get; private init; }

    public static CompiledProblem From(SchedulingProblem problem)
    {
        var slotIndex = Index(problem.Slots.Select(s => s.Id));
        var participantIndex = Index(problem.Participants.Select(p => p.Id));
        int slotCount = problem.Slots.Count, participantCount = problem.Participants.Count, meetingCount = problem.Meetings.Count;

        var slotDay = new int[slotCount];
        var dayFirst = new List<int>();
        var dayEnd = new List<int>();
        for (var s = 0; s < slotCount; s++)
        {
            if (s == 0 || problem.Slots[s].Day != problem.Slots[s - 1].Day)
            {
                if (s > 0) dayEnd.Add(s);
                dayFirst.Add(s);
            }

            slotDay[s] = dayFirst.Count - 1;
        }

        if (slotCount > 0) dayEnd.Add(slotCount);

        var capacity = new int[participantCount];
        var available = new bool[participantCount * slotCount];
        var participantResource = new int[participantCount];
        var resourceTables = new List<string[]> { problem.Pool.ToArray() };
        var tableResource = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var table in problem.Pool) tableResource[table] = Pool;
        for (var p = 0; p < participantCount; p++)
        {
            var participant = problem.Participants[p];
            capacity[p] = participant.Capacity;
            Array.Fill(available, true, p * slotCount, slotCount);
            foreach (var slot in participant.Unavailable) available[p * slotCount + slotIndex[slot]] = false;
            participantResource[p] = -1;
            if (participant.Tables.Count == 0) continue;
            participantResource[p] = resourceTables.Count;
            foreach (var table in participant.Tables) tableResource[table] = resourceTables.Count;
            resourceTables.Add(participant.Tables.ToArray());
        }

        var meetingA = new int[meetingCount];
        var meetingB = new int[meetingCount];
        var weight = new int[meetingCount];
        var fixedSlot = new int[meetingCount];
        var preferredSlot = new int[meetingCount];
        var fixedResource = new int[meetingCount];
        var optionA = new int[meetingCount];
        var optionB = new int[meetingCount];
        var meetingsOf = new List<int>[participantCount];
        for (var p = 0; p < participantCount; p++) meetingsOf[p] = [];
        for (var m = 0; m < meetingCount; m++)
        {
            var meeting = problem.Meetings[m];
            int a = participantIndex[meeting.A], b = participantIndex[meeting.B];
            (meetingA[m], meetingB[m], weight[m]) = (a, b, meeting.Priority);
            meetingsOf[a].Add(m);
            meetingsOf[b].Add(m);
            int ra = participantResource[a], rb = participantResource[b];
            (optionA[m], optionB[m]) = (ra, rb) switch
            {
                (-1, -1) => (Pool, -1),
                (-1, _) => (rb, -1),
                (_, -1) => (ra, -1),
                _ => (ra, rb),
            };
            fixedSlot[m] = meeting.Fixed is null ? -1 : slotIndex[meeting.Fixed.Slot];
            preferredSlot[m] = meeting.Preferred is null || meeting.Fixed is not null ? -1 : slotIndex[meeting.Preferred];
            fixedResource[m] = meeting.Fixed is null ? -1 : tableResource[meeting.Fixed.Table];
        }

        // A capacity above the meetings one could ever hold only costs memory in the search's tables.
        for (var p = 0; p < participantCount; p++) capacity[p] = Math.Min(capacity[p], meetingsOf[p].Count);
        var resourceCapacity = resourceTables.Select(t => Math.Min(t.Length, meetingCount)).ToArray();

        return new CompiledProblem
        {
            Source = problem,
            SlotCount = slotCount,
            SlotDay = slotDay,
            DayFirstSlot = dayFirst.ToArray(),
            DayEndSlot = dayEnd.ToArray(),
            DayCount = dayFirst.Count,
            MaxDayLength = dayFirst.Select((f, d) => dayEnd[d] - f).DefaultIfEmpty(0).Max(),
            ParticipantCount = participantCount,
            Capacity = capacity,
            Available = available,
            ParticipantResource = participantResource,
            MeetingCount = meetingCount,
            MeetingA = meetingA,
            MeetingB = meetingB,
            Weight = weight,
            FixedSlot = fixedSlot,
            PreferredSlot = preferredSlot,
            Preferences = preferredSlot.Count(s => s >= 0),
            FixedResource = fixedResource,
            ResourceOptionA = optionA,
            ResourceOptionB = optionB,
            MeetingsOf = meetingsOf.Select(l => l.ToArray()).ToArray(),
            ResourceCount = resourceTables.Count,
            ResourceCapacity = resourceCapacity,
            ResourceTables = resourceTables.ToArray(),
        };
    }

    private static Dictionary<string, int> Index(IEnumerable<string> ids)
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var id in ids) index[id] = index.Count;
        return index;
    }
}
