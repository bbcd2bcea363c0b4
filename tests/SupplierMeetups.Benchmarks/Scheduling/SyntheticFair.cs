using SupplierMeetups.Scheduling;

namespace SupplierMeetups.Benchmarks.Scheduling;

/// <summary>
/// A deterministic two-day fair of any size, shaped like the samples: a few primes with several desks
/// (some on the shared pool), many suppliers with one or two representatives, some present one day only,
/// popular primes asked for far more than they can meet, some supplier-to-supplier requests.
/// </summary>
internal static class SyntheticFair
{
    public static SchedulingProblem Generate(int participants, int meetings, int seed)
    {
        var random = new Random(seed);
        var slots = new List<Slot>();
        var start = new DateTimeOffset(2025, 11, 6, 10, 0, 0, TimeSpan.FromHours(3));
        for (var day = 1; day <= 2; day++)
        {
            for (var i = 0; i < 18; i++)
            {
                var at = start.AddDays(day - 1).AddMinutes(i * 20 + (i >= 9 ? 90 : 0));
                slots.Add(new Slot($"D{day}-{i + 1:00}", day, at, 20));
            }
        }

        var dayOne = slots.Where(s => s.Day == 1).Select(s => s.Id).ToArray();
        var dayTwo = slots.Where(s => s.Day == 2).Select(s => s.Id).ToArray();
        var primeCount = Math.Max(2, participants / 50);
        var people = new List<Participant>();
        for (var i = 0; i < participants; i++)
        {
            var prime = i < primeCount;
            var capacity = prime ? random.Next(4, 8) : random.Next(10) < 8 ? 1 : 2;
            var tables = prime && random.Next(2) == 0
                ? Enumerable.Range(1, capacity).Select(t => $"P{i:00000}-{t}").ToArray()
                : [];
            var presence = random.Next(10);
            string[] unavailable = presence < 2 ? dayTwo : presence < 4 ? dayOne : [];
            people.Add(new Participant(prime ? $"P{i:00000}" : $"S-{i:00000}", prime ? "prime" : "supplier",
                capacity, tables, unavailable));
        }

        var requests = new List<Meeting>();
        var pairs = new HashSet<(int, int)>();
        while (requests.Count < meetings)
        {
            var supplier = primeCount + random.Next(participants - primeCount);
            // Popularity falls off with the prime's rank, so the first primes are asked far more than they can meet.
            var other = random.Next(20) == 0
                ? primeCount + random.Next(participants - primeCount)
                : (int)(primeCount * Math.Pow(random.NextDouble(), 1.6));
            if (other == supplier || !pairs.Add((Math.Min(other, supplier), Math.Max(other, supplier)))) continue;
            requests.Add(new Meeting($"M{requests.Count + 1:000000}", people[other].Id, people[supplier].Id, random.Next(1, 4)));
        }

        var pool = Enumerable.Range(1, Math.Max(4, participants / 18)).Select(t => $"T{t:0000}").ToArray();
        return new SchedulingProblem($"synthetic-{participants}-{meetings}-{seed}", slots, pool, people, requests);
    }
}
