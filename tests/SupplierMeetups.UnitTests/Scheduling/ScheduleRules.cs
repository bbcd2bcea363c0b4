using SupplierMeetups.Scheduling;

namespace SupplierMeetups.UnitTests.Scheduling;

/// <summary>
/// FORMAT.md's hard rules and score, written again from the spec (like check_schedule.py) so that tests
/// never trust the engine's own bookkeeping.
/// </summary>
internal static class ScheduleRules
{
    public sealed record Verdict(IReadOnlyList<string> Violations, int Weight, int Gaps);

    public static Verdict Check(SchedulingProblem problem, ScheduleResult schedule)
    {
        var violations = new List<string>();
        var slotIndex = problem.Slots.Select((s, i) => (s.Id, i)).ToDictionary(x => x.Id, x => x.i);
        var participants = problem.Participants.ToDictionary(p => p.Id);
        var meetings = problem.Meetings.ToDictionary(m => m.Id);
        var seen = new Dictionary<string, int>();
        var load = new Dictionary<(string, string), int>();
        var tableUse = new HashSet<(string, string)>();
        var busy = new Dictionary<string, HashSet<int>>();
        var weight = 0;
        foreach (var assignment in schedule.Assignments)
        {
            if (!meetings.TryGetValue(assignment.Meeting, out var meeting))
            {
                violations.Add($"unknown meeting {assignment.Meeting}");
                continue;
            }

            seen[meeting.Id] = seen.GetValueOrDefault(meeting.Id) + 1;
            if (!slotIndex.TryGetValue(assignment.Slot, out var slot))
            {
                violations.Add($"{meeting.Id}: unknown slot {assignment.Slot}");
                continue;
            }

            Participant a = participants[meeting.A], b = participants[meeting.B];
            var dedicated = a.Tables.Concat(b.Tables).ToList();
            if (dedicated.Count > 0 ? !dedicated.Contains(assignment.Table) : !problem.Pool.Contains(assignment.Table))
                violations.Add($"{meeting.Id}: table {assignment.Table} breaks rule 4");
            if (meeting.Fixed is { } f && (f.Slot != assignment.Slot || f.Table != assignment.Table))
                violations.Add($"{meeting.Id}: fixed meeting moved");
            foreach (var side in new[] { a, b })
            {
                if (side.Unavailable.Contains(assignment.Slot)) violations.Add($"{meeting.Id}: {side.Id} unavailable in {assignment.Slot}");
                var n = load[(side.Id, assignment.Slot)] = load.GetValueOrDefault((side.Id, assignment.Slot)) + 1;
                if (n > side.Capacity) violations.Add($"{side.Id} over capacity in {assignment.Slot}");
                if (!busy.TryGetValue(side.Id, out var set)) busy[side.Id] = set = [];
                set.Add(slot);
            }

            if (!tableUse.Add((assignment.Table, assignment.Slot))) violations.Add($"table {assignment.Table} used twice in {assignment.Slot}");
            weight += meeting.Priority;
        }

        foreach (var unscheduled in schedule.Unscheduled)
        {
            seen[unscheduled.Meeting] = seen.GetValueOrDefault(unscheduled.Meeting) + 1;
            if (meetings.TryGetValue(unscheduled.Meeting, out var m) && m.Fixed is not null) violations.Add($"{m.Id} is fixed but unscheduled");
            if (string.IsNullOrWhiteSpace(unscheduled.Reason)) violations.Add($"{unscheduled.Meeting} has no reason");
        }

        foreach (var meeting in problem.Meetings)
        {
            if (seen.GetValueOrDefault(meeting.Id) != 1) violations.Add($"{meeting.Id} appears {seen.GetValueOrDefault(meeting.Id)} times");
        }

        var gaps = 0;
        foreach (var (id, slots) in busy)
        {
            foreach (var day in slots.GroupBy(s => problem.Slots[s].Day))
            {
                for (var s = day.Min(); s <= day.Max(); s++)
                {
                    if (!slots.Contains(s) && !participants[id].Unavailable.Contains(problem.Slots[s].Id)) gaps++;
                }
            }
        }

        return new Verdict(violations, weight, gaps);
    }
}
