using SupplierMeetups.Scheduling;

namespace SupplierMeetups.UnitTests.Scheduling;

/// <summary>Random, always valid instances of a chosen shape, including fixed meetings that keep every rule.</summary>
internal static class RandomInstances
{
    internal sealed record Shape(int Participants, int Meetings, int Days, int SlotsPerDay, int PoolTables, int MaxCapacity, double FixedShare);

    public static readonly Shape[] Shapes =
    [
        new(6, 10, 1, 3, 1, 1, 0.0),
        new(12, 30, 1, 6, 2, 2, 0.1),
        new(20, 60, 2, 4, 3, 3, 0.15),
        new(30, 90, 2, 5, 0, 2, 0.05),
        new(40, 150, 2, 8, 5, 3, 0.1),
    ];

    public static SchedulingProblem Generate(Shape shape, int seed)
    {
        var random = new Random(seed);
        var slots = new List<Slot>();
        for (var day = 1; day <= shape.Days; day++)
        {
            for (var i = 0; i < shape.SlotsPerDay; i++) slots.Add(new Slot($"D{day}-{i + 1:00}", day, null, 20));
        }

        var participants = new List<Participant>();
        for (var i = 0; i < shape.Participants; i++)
        {
            var capacity = random.Next(10) == 0 ? 0 : random.Next(1, shape.MaxCapacity + 1);
            var tables = random.Next(3) == 0 ? Enumerable.Range(1, random.Next(1, 3)).Select(t => $"X{i}-{t}").ToArray() : [];
            var unavailable = slots.Where(_ => random.Next(4) == 0).Select(s => s.Id).ToArray();
            participants.Add(new Participant($"P{i}", i % 4 == 0 ? "prime" : "supplier", capacity, tables, unavailable));
        }

        var pool = Enumerable.Range(1, shape.PoolTables).Select(t => $"T{t}").ToArray();
        var meetings = new List<Meeting>();
        var pairs = new HashSet<(int, int)>();
        for (var tries = 0; meetings.Count < shape.Meetings && tries < shape.Meetings * 20; tries++)
        {
            int a = random.Next(shape.Participants), b = random.Next(shape.Participants);
            if (a == b || !pairs.Add((Math.Min(a, b), Math.Max(a, b)))) continue;
            meetings.Add(new Meeting($"M{meetings.Count + 1:000}", participants[a].Id, participants[b].Id, random.Next(1, 4)));
        }

        return new SchedulingProblem($"random-{seed}", slots, pool, participants, FixSome(meetings, participants, slots, pool, shape.FixedShare, random));
    }

    /// <summary>Publishes a share of the meetings at places that keep every rule, as an earlier run would have.</summary>
    private static List<Meeting> FixSome(List<Meeting> meetings, List<Participant> participants, List<Slot> slots, string[] pool, double share, Random random)
    {
        var byId = participants.ToDictionary(p => p.Id);
        var load = new Dictionary<(string, string), int>();
        var usedTables = new HashSet<(string, string)>();
        var result = new List<Meeting>();
        foreach (var meeting in meetings)
        {
            if (random.NextDouble() >= share)
            {
                result.Add(meeting);
                continue;
            }

            Participant a = byId[meeting.A], b = byId[meeting.B];
            var tables = a.Tables.Count + b.Tables.Count == 0 ? pool : a.Tables.Concat(b.Tables).ToArray();
            var placed = false;
            foreach (var slot in slots.OrderBy(_ => random.Next()))
            {
                if (!Free(a, slot.Id) || !Free(b, slot.Id)) continue;
                var table = tables.FirstOrDefault(t => !usedTables.Contains((t, slot.Id)));
                if (table is null) continue;
                usedTables.Add((table, slot.Id));
                load[(a.Id, slot.Id)] = load.GetValueOrDefault((a.Id, slot.Id)) + 1;
                load[(b.Id, slot.Id)] = load.GetValueOrDefault((b.Id, slot.Id)) + 1;
                result.Add(meeting with { Fixed = new FixedPlacement(slot.Id, table) });
                placed = true;
                break;
            }

            if (!placed) result.Add(meeting);
        }

        return result;

        bool Free(Participant p, string slot) => !p.Unavailable.Contains(slot) && load.GetValueOrDefault((p.Id, slot)) < p.Capacity;
    }
}
