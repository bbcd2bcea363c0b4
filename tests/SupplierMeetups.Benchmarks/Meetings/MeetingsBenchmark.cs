using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using SupplierMeetups.Web.Matchmaking.DraftSchedule;
using SupplierMeetups.Web.Platform.Persistence;
using SupplierMeetups.Web.Platform.Refusals;

namespace SupplierMeetups.Benchmarks.Meetings;

/// <summary>
/// The web app in process on SQLite with the demo scaled to 60 primes, 1,500 suppliers and 8,000 accepted requests:
/// drafting end to end (load, engine, save) under 5 s, the organizer's grid page under 300 ms, a firm's agenda under 50 ms.
/// </summary>
internal sealed class MeetingsBenchmark : IBenchmark
{
    public string Name => "meetings";

    public async Task<bool> RunAsync()
    {
        var data = Directory.CreateTempSubdirectory("sm-bench-").FullName;
        try
        {
            await using var app = new DemoHost(data);
            Guid eventId;
            await using (var scope = app.Services.CreateAsyncScope())
            {
                eventId = await ScaledDemo.ScaleAsync(scope.ServiceProvider.GetRequiredService<AppDbContext>());
            }
            var organizer = await SignedInAsync(app, "organizer@demo.local");
            var prime = await SignedInAsync(app, "prime@demo.local");

            // The use case itself (load, engine, save), as the issue measures it, in a fresh scope each time.
            var drafts = new List<double>();
            for (var run = 0; run < 3; run++)
            {
                await using var scope = app.Services.CreateAsyncScope();
                var watch = Stopwatch.StartNew();
                var drafted = await scope.ServiceProvider.GetRequiredService<ScheduleDrafter>().DraftAsync(eventId, CancellationToken.None);
                drafts.Add(watch.Elapsed.TotalMilliseconds);
                if (drafted.Refusal is { } refusal) throw new InvalidOperationException(refusal.Message);
            }
            // The same through HTTP, which also builds and sends the whole review (8,000 meetings) back.
            var http = Stopwatch.StartNew();
            var response = await organizer.PostAsync($"/api/v1/events/{eventId}/schedule/draft", null);
            response.EnsureSuccessStatusCode();
            var schedule = await response.Content.ReadFromJsonAsync<JsonElement>();
            var httpDraft = http.Elapsed.TotalMilliseconds;
            var publish = Stopwatch.StartNew();
            (await organizer.PostAsJsonAsync($"/api/v1/events/{eventId}/schedule/publish", new { version = schedule.GetProperty("version").GetGuid() })).EnsureSuccessStatusCode();
            var published = publish.Elapsed.TotalMilliseconds;

            var grid = await TimeAsync(organizer, $"/organizer/events/{eventId}/schedule/grid", runs: 10);
            var review = await TimeAsync(organizer, $"/organizer/events/{eventId}/schedule", runs: 5);
            var agendaApi = await TimeAsync(prime, $"/api/v1/events/{eventId}/agenda", runs: 30);
            var agendaPage = await TimeAsync(prime, $"/events/{eventId}/agenda", runs: 30);
            var agendaIcs = await TimeAsync(prime, $"/api/v1/events/{eventId}/agenda.ics", runs: 30);
            var agendaCount = (await prime.GetFromJsonAsync<JsonElement>($"/api/v1/events/{eventId}/agenda")).GetProperty("meetings").GetArrayLength();

            var draftMedian = drafts.Order().ElementAt(1);
            var ok = draftMedian < 5000 && grid < 300 && agendaApi < 50 && agendaPage < 50;
            Console.WriteLine($"scaled demo: {ScaledDemo.Primes} primes ({ScaledDemo.DesksPerPrime} own desks each), {ScaledDemo.Suppliers} suppliers, "
                              + $"{schedule.GetProperty("accepted").GetInt32()} accepted requests, {schedule.GetProperty("scheduled").GetInt32()} scheduled");
            Console.WriteLine("| measure | time | target | met |");
            Console.WriteLine("| --- | --- | --- | --- |");
            Console.WriteLine($"| draft end to end (load, engine, save), median of 3 (runs: {string.Join(", ", drafts.Select(d => $"{d:0}"))} ms) | {draftMedian:0} ms | < 5000 ms | {Yes(draftMedian < 5000)} |");
            Console.WriteLine($"| draft through POST schedule/draft, with the full review in the answer | {httpDraft:0} ms | - | - |");
            Console.WriteLine($"| publish (8,000 meetings fixed, e-mails to the firms written) | {published:0} ms | - | - |");
            Console.WriteLine($"| organizer grid page (GET, median of 10) | {grid:0.0} ms | < 300 ms | {Yes(grid < 300)} |");
            Console.WriteLine($"| organizer review page (per firm, median of 5) | {review:0.0} ms | - | - |");
            Console.WriteLine($"| ASELSAN's agenda, API (median of 30, {agendaCount} meetings) | {agendaApi:0.0} ms | < 50 ms | {Yes(agendaApi < 50)} |");
            Console.WriteLine($"| ASELSAN's agenda, page (median of 30) | {agendaPage:0.0} ms | < 50 ms | {Yes(agendaPage < 50)} |");
            Console.WriteLine($"| ASELSAN's agenda, .ics (median of 30) | {agendaIcs:0.0} ms | - | - |");
            return ok;
        }
        finally
        {
            DemoHost.DeleteData(data);
        }
    }

    private static string Yes(bool met) => met ? "yes" : "NO";

    /// <summary>Median of warm requests (two warm-up requests first), measured around the in-process server.</summary>
    private static async Task<double> TimeAsync(HttpClient client, string url, int runs)
    {
        for (var i = 0; i < 2; i++)
        {
            (await client.GetAsync(url)).EnsureSuccessStatusCode();
        }
        var times = new List<double>();
        for (var i = 0; i < runs; i++)
        {
            var watch = Stopwatch.StartNew();
            var response = await client.GetAsync(url);
            await response.Content.ReadAsByteArrayAsync();
            times.Add(watch.Elapsed.TotalMilliseconds);
            response.EnsureSuccessStatusCode();
        }
        return times.Order().ElementAt(runs / 2);
    }

    private static async Task<HttpClient> SignedInAsync(DemoHost app, string email)
    {
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var login = await client.PostAsJsonAsync("/api/v1/auth/login", new { email, password = "Konya!Demo2025" });
        login.EnsureSuccessStatusCode();
        var token = (await login.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }
}
