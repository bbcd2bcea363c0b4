using SupplierMeetups.Scheduling;

namespace SupplierMeetups.Benchmarks.Scheduling;

/// <summary>
/// Deterministic small and concentrated events, the two shapes where the engine alone missed the optimum:
/// a regional fair shaped like small-7, and one day where a few primes with their own desks get most requests.
/// (Also compiled into the unit tests.)
/// </summary>
internal static class FairShapes
{
    /// <summary>Share of a supplier's slots taken by appointments of its own (what makes these instances hard).</summary>
    private const int ScatterPercent = 40;

    /// <summary>One day of 8 slots, 4 primes (one on the shared pool), 30 suppliers, about 80 requests.</summary>
    public static SchedulingProblem Small(int seed)
    {
        var random = new Random(seed);
        var slots = Day(8);
        var people = new List<Participant>();
        string[] primes = ["ASELSAN", "ROKETSAN", "TUSAS", "HAVELSAN"];
        for (var i = 0; i < primes.Length; i++)
        {
            var capacity = random.Next(3, 5);
            string[] tables = i == 0 ? [] : Enumerable.Range(1, capacity).Select(t => $"{primes[i][..2]}-{t}").ToArray();
            people.Add(new Participant(primes[i], "prime", capacity, tables, []));
        }

        for (var i = 1; i <= 30; i++) people.Add(Supplier(random, i, slots, halfDayShare: 0.3));
        var meetings = new List<Meeting>();
        var pairs = new HashSet<(int, int)>();
        for (var s = primes.Length; s < people.Count; s++)
        {
            var wanted = random.Next(1, 6);
            for (var k = 0; k < wanted; k++) Ask(random, meetings, pairs, people, (int)(primes.Length * Math.Pow(random.NextDouble(), 1.4)), s);
            if (random.Next(5) == 0) Ask(random, meetings, pairs, people, primes.Length + random.Next(30), s);
        }

        return new SchedulingProblem($"small-shape-{seed}", slots, ["T1", "T2", "T3", "T4"], people, meetings);
    }

    /// <summary>One day of 8 slots, 12 primes with dedicated desks, 300 suppliers asking 3 to 9 meetings, mostly of the first primes.</summary>
    public static SchedulingProblem Concentrated(int seed)
    {
        var random = new Random(seed);
        var slots = Day(8);
        var people = new List<Participant>();
        const int primeCount = 12;
        for (var i = 0; i < primeCount; i++)
        {
            var capacity = random.Next(2, 5);
            people.Add(new Participant($"P{i + 1:00}", "prime", capacity, Enumerable.Range(1, capacity).Select(t => $"P{i + 1:00}-{t}").ToArray(), []));
        }

        for (var i = 1; i <= 300; i++) people.Add(Supplier(random, i, slots, halfDayShare: 0.2));
        var meetings = new List<Meeting>();
        var pairs = new HashSet<(int, int)>();
        for (var s = primeCount; s < people.Count; s++)
        {
            var wanted = meetings.Count + random.Next(3, 10);
            for (var tries = 0; tries < 50 && meetings.Count < wanted; tries++)
                Ask(random, meetings, pairs, people, (int)(primeCount * Math.Pow(random.NextDouble(), 2.2)), s);
        }

        return new SchedulingProblem($"concentrated-{seed}", slots, [], people, meetings);
    }

    private static List<Slot> Day(int count)
    {
        var start = new DateTimeOffset(2025, 11, 6, 10, 0, 0, TimeSpan.FromHours(3));
        return Enumerable.Range(0, count)
            .Select(i => new Slot($"D1-{i + 1:00}", 1, start.AddMinutes(i * 20 + (i >= count / 2 ? 60 : 0)), 20)).ToList();
    }

    private static Participant Supplier(Random random, int number, List<Slot> slots, double halfDayShare)
    {
        var capacity = random.Next(100) < 85 ? 1 : 2;
        var half = slots.Count / 2;
        // Some are there half the day; the others have a few appointments of their own.
        string[] unavailable = random.NextDouble() >= halfDayShare ? slots.Where(_ => random.Next(100) < ScatterPercent).Select(s => s.Id).ToArray()
            : random.Next(2) == 0 ? slots.Take(half).Select(s => s.Id).ToArray() : slots.Skip(half).Select(s => s.Id).ToArray();
        return new Participant($"S-{number:0000}", "supplier", capacity, [], unavailable);
    }

    private static void Ask(Random random, List<Meeting> meetings, HashSet<(int, int)> pairs, List<Participant> people, int a, int b)
    {
        if (a == b || !pairs.Add((Math.Min(a, b), Math.Max(a, b)))) return;
        var roll = random.Next(100);
        var priority = roll < 60 ? 1 : roll < 87 ? 2 : 3;
        meetings.Add(new Meeting($"M{meetings.Count + 1:0000}", people[a].Id, people[b].Id, priority));
    }
}
