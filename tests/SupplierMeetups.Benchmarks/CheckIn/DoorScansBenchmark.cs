using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SupplierMeetups.Web.Badges;
using SupplierMeetups.Web.CheckIn;
using SupplierMeetups.Web.CheckIn.Gates;
using SupplierMeetups.Web.Events;
using SupplierMeetups.Web.Identity;
using SupplierMeetups.Web.Platform.Persistence;
using SupplierMeetups.Web.Platform.Security;

namespace SupplierMeetups.Benchmarks.CheckIn;

/// <summary>
/// 50 gates scan at once through POST /api/v1/events/{id}/checkins, each as fast as the app answers, on the embedded
/// default (SQLite, in process). The mix: every badge entered once (admitted), then again (already inside), and one
/// scan in twenty a forged or unreadable code. Target: at least 500 scans/s, 95th percentile at most 50 ms.
/// </summary>
internal sealed class DoorScansBenchmark : IBenchmark
{
    private const int Gates = 50;
    private const double TargetPerSecond = 500;
    private static readonly TimeSpan TargetP95 = TimeSpan.FromMilliseconds(50);
    private static readonly int Badges = int.TryParse(Environment.GetEnvironmentVariable("SM_BENCH_BADGES"), out var n) ? n : 4_000;

    public string Name => "door";

    public async Task<bool> RunAsync()
    {
        var data = Directory.CreateTempSubdirectory("sm-bench-").FullName;
        try
        {
            await using var app = new DemoHost(data);
            var (eventId, gates, tokens) = await ArrangeAsync(app);
            var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await SignInStaffAsync(app, client));

            // Warm-up on badges of their own, so that JIT and the connection pool are not in the figures.
            await ScanAllAsync(client, eventId, gates, Enumerable.Range(0, 200).Select(i => tokens[i]).ToList());
            var scans = new List<string>();
            for (var pass = 0; pass < 2; pass++)
            {
                for (var i = 200; i < tokens.Count; i++)
                {
                    // A token's last character carries 4 bits: swapping A and E keeps it canonical, so only the signature fails.
                    scans.Add(i % 20 == 0 ? (pass == 0 ? "NOT-A-BADGE-" + i : tokens[i][..42] + (tokens[i][^1] == 'A' ? 'E' : 'A')) : tokens[i]);
                }
            }
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var total = Stopwatch.StartNew();
            var (latencies, results) = await ScanAllAsync(client, eventId, gates, scans);
            total.Stop();
            var cpuPerScan = (Process.GetCurrentProcess().TotalProcessorTime - cpu) / scans.Count;

            latencies.Sort();
            var perSecond = scans.Count / total.Elapsed.TotalSeconds;
            var p95 = Percentile(latencies, 0.95);
            var valid = Enumerable.Range(200, tokens.Count - 200).Count(i => i % 20 != 0);
            var admittedOnce = results.GetValueOrDefault("Admitted") == valid && results.GetValueOrDefault("AlreadyInside") == valid;
            var ok = perSecond >= TargetPerSecond && p95 <= TargetP95 && results.GetValueOrDefault("Error") == 0 && admittedOnce;
            Console.WriteLine($"{Environment.ProcessorCount} cores; {Gates} gates at once, {scans.Count:N0} scans of {tokens.Count - 200:N0} badges, SQLite in process");
            Console.WriteLine("| measure | figure | target | met |");
            Console.WriteLine("| --- | --- | --- | --- |");
            Console.WriteLine($"| throughput | {perSecond:0} scans/s ({total.Elapsed.TotalSeconds:0.0} s) | ≥ {TargetPerSecond:0}/s | {Yes(perSecond >= TargetPerSecond)} |");
            Console.WriteLine($"| latency p50 / p95 / p99 | {Percentile(latencies, 0.5).TotalMilliseconds:0} / {p95.TotalMilliseconds:0} / {Percentile(latencies, 0.99).TotalMilliseconds:0} ms | p95 ≤ {TargetP95.TotalMilliseconds:0} ms | {Yes(p95 <= TargetP95)} |");
            Console.WriteLine($"| answers | {string.Join(", ", results.OrderBy(r => r.Key, StringComparer.Ordinal).Select(r => $"{r.Key} {r.Value:N0}"))} | each valid badge admitted once, then already inside; no errors | {Yes(admittedOnce && results.GetValueOrDefault("Error") == 0)} |");
            Console.WriteLine($"| CPU time per scan (whole process: app, SQLite and the 50 clients) | {cpuPerScan.TotalMilliseconds:0.00} ms, so about {Environment.ProcessorCount / cpuPerScan.TotalSeconds:0} scans/s on {Environment.ProcessorCount} idle cores | - | - |");
            Console.WriteLine($"| load average at the end | {LoadAverage()} | - | - |");
            return ok;
        }
        finally
        {
            DemoHost.DeleteData(data);
        }
    }

    private static async Task<(List<TimeSpan> Latencies, Dictionary<string, int> Results)> ScanAllAsync(HttpClient client, Guid eventId, IReadOnlyList<Guid> gates, IReadOnlyList<string> scans)
    {
        var latencies = new TimeSpan[scans.Count];
        var results = new string[scans.Count];
        var next = -1;
        await Task.WhenAll(gates.Select(gate => Task.Run(async () =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < scans.Count)
            {
                var watch = Stopwatch.StartNew();
                using var response = await client.PostAsJsonAsync($"/api/v1/events/{eventId}/checkins",
                    new { token = scans[i], gate, direction = "Entry", nonce = Guid.NewGuid().ToString("N") });
                var body = response.IsSuccessStatusCode ? await response.Content.ReadFromJsonAsync<JsonElement>() : default;
                latencies[i] = watch.Elapsed;
                results[i] = response.IsSuccessStatusCode ? body.GetProperty("result").GetString()! : "Error";
            }
        })));
        return (latencies.ToList(), results.GroupBy(r => r).ToDictionary(g => g.Key, g => g.Count()));
    }

    private static async Task<(Guid EventId, List<Guid> Gates, List<string> Tokens)> ArrangeAsync(DemoHost app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        // Doors open all day for the run, so that it measures the same answers whatever the hour.
        var door = scope.ServiceProvider.GetRequiredService<IOptions<DoorOptions>>().Value;
        door.DoorsOpen = TimeOnly.MinValue;
        door.DoorsClose = TimeOnly.MaxValue;
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var e = new Event { NameTr = "Kapı Ölçümü", NameEn = "Door Benchmark", Venue = "TÜYAP", City = "Konya", StartDate = today.AddDays(-1), EndDate = today.AddDays(1) };
        db.Add(e);
        var gates = Enumerable.Range(1, Gates).Select(i => new Gate { EventId = e.Id, Name = $"Kapı {i:00}", CreatedAt = DateTimeOffset.UtcNow }).ToList();
        db.AddRange(gates);
        var badges = Enumerable.Range(0, Badges + 200).Select(i => new Badge
        {
            EventId = e.Id, Type = i % 5 == 0 ? BadgeType.Exhibitor : BadgeType.Visitor, PersonName = $"Ziyaretçi {i}", Organization = "İŞBİR Elektrik",
            HolderKind = "bench", HolderId = Guid.NewGuid(), IssuedAt = DateTimeOffset.UtcNow,
        }).ToList();
        db.AddRange(badges);
        await db.SaveChangesAsync();
        var tokens = scope.ServiceProvider.GetRequiredService<BadgeTokens>();
        return (e.Id, gates.Select(g => g.Id).ToList(), badges.Select(b => tokens.Issue(b.Id)).ToList());
    }

    private static async Task<string> SignInStaffAsync(DemoHost app, HttpClient client)
    {
        const string email = "kapi@bench.local";
        const string password = "Konya!Kapi2025";
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            var user = new AppUser { UserName = email, Email = email, EmailConfirmed = true, FullName = "Kapı Görevlisi" };
            var created = await users.CreateAsync(user, password);
            if (!created.Succeeded)
            {
                throw new InvalidOperationException(string.Join("; ", created.Errors.Select(e => e.Description)));
            }
            await users.AddToRoleAsync(user, Roles.Staff);
        }
        var response = await client.PostAsJsonAsync("/api/v1/auth/login", new { email, password });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString()!;
    }

    private static TimeSpan Percentile(List<TimeSpan> sorted, double p) =>
        sorted.Count == 0 ? TimeSpan.MaxValue : sorted[Math.Min(sorted.Count - 1, (int)(p * sorted.Count))];

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(" ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "?";

    private static string Yes(bool met) => met ? "yes" : "NO";
}
