namespace SupplierMeetups.Scheduling;

/// <summary>Says, in the organizer's terms, what keeps an unscheduled meeting out of every slot.</summary>
internal static class UnscheduledExplainer
{
    public static string Explain(CompiledProblem p, ScheduleState state, int m)
    {
        var meeting = p.Source.Meetings[m];
        int a = p.MeetingA[m], b = p.MeetingB[m];
        string nameA = meeting.A, nameB = meeting.B;
        if (p.Source.Participants[a].Capacity == 0) return $"{nameA} has capacity 0";
        if (p.Source.Participants[b].Capacity == 0) return $"{nameB} has capacity 0";
        int common = 0, fullA = 0, fullB = 0, noTable = 0;
        for (var s = 0; s < p.SlotCount; s++)
        {
            if (!p.Available[a * p.SlotCount + s] || !p.Available[b * p.SlotCount + s]) continue;
            common++;
            if (!state.ParticipantFree(a, s)) fullA++;
            else if (!state.ParticipantFree(b, s)) fullB++;
            else if (Placement.FreeResource(p, state, m, s) < 0) noTable++;
        }

        if (common == 0) return $"{nameA} and {nameB} are never available in the same slot";
        var tableHolder = p.ResourceOptionA[m] == CompiledProblem.Pool
            ? "the shared pool has no free table"
            : $"{TableOwners(p, m)} has no free desk";
        if (fullA == common) return $"{nameA} is fully booked in every slot where {nameB} is available";
        if (fullB == common) return $"{nameB} is fully booked in every slot where {nameA} is available";
        if (noTable == common) return NoTableAnywhere(p, m);
        var parts = new List<string>();
        if (fullA > 0) parts.Add($"{nameA} is fully booked in {fullA}");
        if (fullB > 0) parts.Add($"{nameB} is fully booked in {fullB}");
        if (noTable > 0) parts.Add($"{tableHolder} in {noTable}");
        return $"of the {common} slots where {nameA} and {nameB} are both available, {string.Join(", ", parts)}; "
               + "making room would displace meetings of at least equal priority";
    }

    private static string NoTableAnywhere(CompiledProblem p, int m)
    {
        var meeting = p.Source.Meetings[m];
        if (p.ResourceOptionA[m] == CompiledProblem.Pool)
            return $"the shared pool has no free table in any slot where {meeting.A} and {meeting.B} are both available";
        if (p.ResourceOptionB[m] >= 0)
            return $"neither {meeting.A} nor {meeting.B} has a free desk in any slot where both are available";
        var (owner, other) = p.ParticipantResource[p.MeetingA[m]] == p.ResourceOptionA[m] ? (meeting.A, meeting.B) : (meeting.B, meeting.A);
        return $"{owner} has no free desk in any slot where it and {other} are both available";
    }

    private static string TableOwners(CompiledProblem p, int m)
    {
        var owners = p.Source.Meetings[m];
        int a = p.MeetingA[m], b = p.MeetingB[m];
        if (p.ResourceOptionB[m] >= 0) return $"neither {owners.A} nor {owners.B}";
        return p.ParticipantResource[a] == p.ResourceOptionA[m] ? owners.A : owners.B;
    }
}
