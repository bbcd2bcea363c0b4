namespace SupplierMeetups.Scheduling;

/// <summary>Finds what makes a problem unusable: unknown references, duplicates, and fixed meetings that break a rule.</summary>
public static class SchedulingProblemValidator
{
    public static IReadOnlyList<string> Validate(SchedulingProblem problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        var errors = new List<string>();
        var slots = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < problem.Slots.Count; i++)
        {
            var slot = problem.Slots[i];
            if (!slots.TryAdd(slot.Id, i)) errors.Add($"slot {slot.Id} is listed twice");
            if (i > 0 && slot.Day < problem.Slots[i - 1].Day)
                errors.Add($"slot {slot.Id}: day {slot.Day} comes after day {problem.Slots[i - 1].Day} (slots must be in time order)");
        }

        var tableOwner = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var table in problem.Pool)
        {
            if (!tableOwner.TryAdd(table, null)) errors.Add($"table {table} is listed twice in the pool");
        }

        var participants = new Dictionary<string, Participant>(StringComparer.Ordinal);
        foreach (var participant in problem.Participants)
        {
            if (!participants.TryAdd(participant.Id, participant)) errors.Add($"participant {participant.Id} is listed twice");
            if (participant.Capacity < 0) errors.Add($"participant {participant.Id}: capacity {participant.Capacity} is negative");
            foreach (var table in participant.Tables)
            {
                if (!tableOwner.TryAdd(table, participant.Id))
                    errors.Add($"participant {participant.Id}: table {table} is also {(tableOwner[table] is { } other ? "a table of " + other : "in the pool")}");
            }

            foreach (var slot in participant.Unavailable)
            {
                if (!slots.ContainsKey(slot)) errors.Add($"participant {participant.Id}: unknown unavailable slot {slot}");
            }
        }

        var meetingIds = new HashSet<string>(StringComparer.Ordinal);
        var fixedLoad = new Dictionary<(string Participant, string Slot), int>();
        var fixedTables = new Dictionary<(string Table, string Slot), string>();
        foreach (var meeting in problem.Meetings)
        {
            if (!meetingIds.Add(meeting.Id)) errors.Add($"meeting {meeting.Id} is listed twice");
            if (meeting.Priority < 1) errors.Add($"meeting {meeting.Id}: priority {meeting.Priority} is not a positive integer");
            var a = participants.GetValueOrDefault(meeting.A);
            var b = participants.GetValueOrDefault(meeting.B);
            if (a is null) errors.Add($"meeting {meeting.Id}: unknown participant {meeting.A}");
            if (b is null) errors.Add($"meeting {meeting.Id}: unknown participant {meeting.B}");
            if (meeting.A == meeting.B) errors.Add($"meeting {meeting.Id}: {meeting.A} cannot meet itself");
            if (meeting.Preferred is { } preferred && !slots.ContainsKey(preferred)) errors.Add($"meeting {meeting.Id}: unknown preferred slot {preferred}");
            if (meeting.Fixed is null || a is null || b is null) continue;

            var (slot, table) = (meeting.Fixed.Slot, meeting.Fixed.Table);
            if (!slots.ContainsKey(slot)) errors.Add($"meeting {meeting.Id}: fixed in unknown slot {slot}");
            if (!tableOwner.ContainsKey(table)) errors.Add($"meeting {meeting.Id}: fixed at unknown table {table}");
            else if (!TableAllowed(a, b, table, tableOwner))
                errors.Add($"meeting {meeting.Id}: fixed at table {table}, which rule 4 does not allow for {a.Id} and {b.Id}");
            if (!slots.ContainsKey(slot)) continue;
            foreach (var side in new[] { a, b })
            {
                if (side.Unavailable.Contains(slot)) errors.Add($"meeting {meeting.Id}: fixed in {slot}, where {side.Id} is unavailable");
                var held = fixedLoad[(side.Id, slot)] = fixedLoad.GetValueOrDefault((side.Id, slot)) + 1;
                if (held == side.Capacity + 1)
                    errors.Add($"meeting {meeting.Id}: fixed meetings give {side.Id} more than its capacity {side.Capacity} in {slot}");
            }

            if (!fixedTables.TryAdd((table, slot), meeting.Id))
                errors.Add($"meeting {meeting.Id}: table {table} in {slot} is already taken by fixed meeting {fixedTables[(table, slot)]}");
        }

        return errors;
    }

    private static bool TableAllowed(Participant a, Participant b, string table, Dictionary<string, string?> tableOwner)
    {
        var owner = tableOwner[table];
        if (a.Tables.Count == 0 && b.Tables.Count == 0) return owner is null;
        return owner == a.Id && a.Tables.Count > 0 || owner == b.Id && b.Tables.Count > 0;
    }
}
