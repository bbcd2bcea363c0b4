using SupplierMeetups.Scheduling;

namespace SupplierMeetups.UnitTests.Scheduling;

/// <summary>The best weight of a tiny instance, by trying every slot and table for every meeting.</summary>
internal static class BruteForce
{
    public static int BestWeight(SchedulingProblem problem)
    {
        var participants = problem.Participants.ToDictionary(p => p.Id);
        var load = new Dictionary<(string, string), int>();
        var used = new HashSet<(string, string)>();
        var meetings = problem.Meetings;
        var best = 0;
        Search(0, 0, meetings.Sum(m => m.Priority));
        return best;

        void Search(int index, int weight, int remaining)
        {
            if (weight + remaining <= best && index < meetings.Count) return;
            if (index == meetings.Count)
            {
                best = Math.Max(best, weight);
                return;
            }

            var meeting = meetings[index];
            Participant a = participants[meeting.A], b = participants[meeting.B];
            var tables = a.Tables.Count + b.Tables.Count == 0 ? problem.Pool : a.Tables.Concat(b.Tables).ToList();
            var options = meeting.Fixed is { } f ? [(f.Slot, f.Table)] : problem.Slots.SelectMany(s => tables.Select(t => (s.Id, t))).ToList();
            foreach (var (slot, table) in options)
            {
                if (!Free(a, slot) || !Free(b, slot) || used.Contains((table, slot))) continue;
                Take(a, slot, +1);
                Take(b, slot, +1);
                used.Add((table, slot));
                Search(index + 1, weight + meeting.Priority, remaining - meeting.Priority);
                used.Remove((table, slot));
                Take(a, slot, -1);
                Take(b, slot, -1);
            }

            if (meeting.Fixed is null) Search(index + 1, weight, remaining - meeting.Priority);
        }

        bool Free(Participant p, string slot) => !p.Unavailable.Contains(slot) && load.GetValueOrDefault((p.Id, slot)) < p.Capacity;
        void Take(Participant p, string slot, int delta) => load[(p.Id, slot)] = load.GetValueOrDefault((p.Id, slot)) + delta;
    }
}
