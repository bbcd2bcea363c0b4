using System.Net.Http.Json;
using System.Text.Json;

namespace SupplierMeetups.Cluster;

/// <summary>Calls the trials and the benchmark share.</summary>
public static class ClusterApi
{
    /// <summary>Creates an event (POST /api/v1/events) with one hall, one meeting day of four slots and two tables.</summary>
    public static async Task<Guid> CreateEventAsync(HttpClient organizer, string name, HttpTally tally, CancellationToken ct)
    {
        using var response = await organizer.PostAsJsonAsync("/api/v1/events", new
        {
            nameTr = $"Küme Buluşmaları {name}",
            nameEn = $"Cluster Meetings {name}",
            venue = "TÜYAP Konya",
            city = "Konya",
            startDate = "2030-05-06",
            endDate = "2030-05-07",
            halls = new[] { new { name = "Salon A", areaSquareMetres = 500 } },
            meetingDays = new[] { new { date = "2030-05-07", start = "10:00", end = "11:20", slotMinutes = 20 } },
            tables = new[] { new { code = "T01", hall = "Salon A" }, new { code = "T02", hall = "Salon A" } },
        }, ct);
        var body = await response.Content.ReadAsStringAsync(ct);
        tally.Record("create the event", (int)response.StatusCode, body);
        if ((int)response.StatusCode != 201)
        {
            throw new InvalidOperationException($"create the event: {(int)response.StatusCode} {body}");
        }
        return JsonDocument.Parse(body).RootElement.GetProperty("id").GetGuid();
    }

    /// <summary>Median, 95th percentile and worst of a set of durations, in seconds.</summary>
    public static (double Median, double P95, double Worst) Spread(IEnumerable<TimeSpan> values)
    {
        var sorted = values.Order().ToList();
        if (sorted.Count == 0) return (double.NaN, double.NaN, double.NaN);
        double At(double q) => sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(q * sorted.Count) - 1)].TotalSeconds;
        return (At(0.5), At(0.95), sorted[^1].TotalSeconds);
    }
}
