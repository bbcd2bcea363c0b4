using System.Diagnostics;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SupplierMeetups.Web.Events;
using SupplierMeetups.Web.Platform.Email;
using SupplierMeetups.Web.Platform.Persistence;
using SupplierMeetups.Web.Registration.RegisterVisitor;

namespace SupplierMeetups.Benchmarks.Visitors;

/// <summary>
/// 10,000 visitors register through the API and at once confirm their address on their page, 8 at a time, as fast
/// as the app answers: each registration owes an e-mail with the confirmation link, each confirmation one with the
/// badge PDF attached. The web app runs in process on its embedded defaults (SQLite, in-memory bus, pickup folder).
/// The target: every badge e-mail is in the pickup folder within 60 s of its visitor's registration, measured per
/// visitor from the registration row to the moment the dispatcher recorded the .eml as written.
/// </summary>
internal sealed partial class VisitorConfirmationsBenchmark : IBenchmark
{
    private static readonly int Visitors = int.TryParse(Environment.GetEnvironmentVariable("SM_BENCH_VISITORS"), out var n) ? n : 10_000;
    private const int Clients = 8;
    private static readonly TimeSpan Target = TimeSpan.FromSeconds(60);
    private static readonly string[] FirstNames = ["Mustafa", "Ayşe", "Zeynep", "İsmail", "Gülşen", "Çağrı", "Ömer", "Işıl"];
    private static readonly string[] LastNames = ["Büyükeğen", "Öztürk", "Karaosmanoğlu", "Çelik", "Şahin", "Yılmaz", "Doğan"];

    public string Name => "visitors";

    public async Task<bool> RunAsync()
    {
        var data = Directory.CreateTempSubdirectory("sm-bench-").FullName;
        try
        {
            await using var app = new DemoHost(data);
            var eventId = await InScopeAsync(app, db => db.Set<Event>().Select(e => e.Id).FirstAsync());
            var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
            client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("tr-TR");

            var links = app.Services.GetRequiredService<VisitorLinks>();
            var total = Stopwatch.StartNew();
            await InParallelAsync(Visitors, async i =>
            {
                // A visitor registers, opens the link from the first e-mail at once, and is owed the badge e-mail.
                var email = await RegisterAsync(client, eventId, i);
                var id = await InScopeAsync(app, db => db.Set<Visitor>().Where(v => v.EventId == eventId && v.NormalizedEmail == Visitor.Normalize(email)).Select(v => v.Id).SingleAsync());
                await ConfirmAsync(app, links.PagePath(id));
            });
            var requests = total.Elapsed;

            var deadline = Stopwatch.StartNew();
            var sent = 0;
            while (deadline.Elapsed < TimeSpan.FromMinutes(5) && (sent = await SentBadgesAsync(app)) < Visitors)
            {
                await Task.Delay(200);
            }
            var allDelivered = total.Elapsed;
            var latencies = await BadgeLatenciesAsync(app, eventId);
            var files = CountMailFiles(data);
            var sample = SampleBadgeEmail(data);

            var worst = latencies.Count == 0 ? TimeSpan.MaxValue : latencies[^1];
            var ok = sent == Visitors && latencies.Count == Visitors && worst <= Target && sample;
            Console.WriteLine($"{Environment.ProcessorCount} cores; {Visitors:N0} visitors, {Clients} clients, SQLite + in-memory bus + pickup folder");
            Console.WriteLine("| measure | figure | target | met |");
            Console.WriteLine("| --- | --- | --- | --- |");
            Console.WriteLine($"| registered and confirmed (POST /api/v1/events/{{id}}/visitors, then GET and POST /visit/me) | {requests.TotalSeconds:0.0} s, {Visitors / requests.TotalSeconds:0} visitors/s | - | - |");
            Console.WriteLine($"| badge e-mails delivered | {sent:N0} rows sent, {files:N0} .eml files in the folder (both kinds) | {Visitors:N0} | {Yes(sent == Visitors)} |");
            Console.WriteLine($"| last badge e-mail delivered, after the first registration | {allDelivered.TotalSeconds:0.0} s | - | - |");
            Console.WriteLine($"| latency registration → .eml, median / 95th / worst | {Percentile(latencies, 0.5):0.0} / {Percentile(latencies, 0.95):0.0} / {worst.TotalSeconds:0.0} s | worst ≤ {Target.TotalSeconds:0} s | {Yes(worst <= Target)} |");
            Console.WriteLine($"| a badge e-mail opened: PDF attached | {(sample ? "yes" : "no")} | yes | {Yes(sample)} |");
            if (!ok)
            {
                await PrintUnsentAsync(app);
            }
            return ok;
        }
        finally
        {
            DemoHost.DeleteData(data);
        }
    }

    private static async Task<string> RegisterAsync(HttpClient client, Guid eventId, int i)
    {
        var name = $"{FirstNames[i % FirstNames.Length]} {LastNames[i / FirstNames.Length % LastNames.Length]}";
        var email = $"ziyaretci{i}@bench.local";
        var response = await client.PostAsJsonAsync($"/api/v1/events/{eventId}/visitors", new
        {
            fullName = name,
            organization = "İŞBİR Elektrik",
            email,
            acceptConsent = true,
        });
        if ((int)response.StatusCode != 201)
        {
            throw new InvalidOperationException($"visitor {i}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }
        return email;
    }

    /// <summary>Opens the page (which changes nothing) and presses its button; a client of its own keeps its antiforgery cookie.</summary>
    private static async Task ConfirmAsync(DemoHost app, string pagePath)
    {
        using var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        using var page = await client.GetAsync(pagePath);
        page.EnsureSuccessStatusCode();
        var token = AntiforgeryToken().Match(await page.Content.ReadAsStringAsync()).Groups[1].Value;
        using var confirmed = await client.PostAsync($"{pagePath}&handler=confirm", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));
        if ((int)confirmed.StatusCode != 302)
        {
            throw new InvalidOperationException($"confirming {pagePath}: {(int)confirmed.StatusCode}");
        }
    }

    [System.Text.RegularExpressions.GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial System.Text.RegularExpressions.Regex AntiforgeryToken();

    /// <summary>Runs <paramref name="work"/> for 0..count-1 on <see cref="Clients"/> concurrent clients.</summary>
    private static Task InParallelAsync(int count, Func<int, Task> work) =>
        Parallel.ForAsync(0, count, new ParallelOptions { MaxDegreeOfParallelism = Clients }, async (i, _) => await work(i));

    private static async Task<int> SentBadgesAsync(DemoHost app) =>
        await InScopeAsync(app, db => db.Set<OutgoingEmail>().CountAsync(e => e.Kind == "badge" && e.SentAt != null));

    /// <summary>For each sent badge e-mail, the time from its visitor's registration to the .eml written, sorted.</summary>
    private static async Task<List<TimeSpan>> BadgeLatenciesAsync(DemoHost app, Guid eventId) =>
        await InScopeAsync(app, async db =>
        {
            var registeredAt = await db.Set<Visitor>().Where(v => v.EventId == eventId)
                .Select(v => new { v.Email, v.RegisteredAt }).ToDictionaryAsync(v => v.Email, v => v.RegisteredAt);
            var sent = await db.Set<OutgoingEmail>().Where(e => e.Kind == "badge" && e.SentAt != null)
                .Select(e => new { e.ToAddress, e.SentAt }).ToListAsync();
            return sent.Select(e => e.SentAt!.Value - registeredAt[e.ToAddress]).Order().ToList();
        });

    /// <summary>Why e-mails are still owed, grouped, so that a missed target says where to look.</summary>
    private static async Task PrintUnsentAsync(DemoHost app)
    {
        var unsent = await InScopeAsync(app, db => db.Set<OutgoingEmail>().Where(e => e.SentAt == null)
            .Select(e => new { e.Kind, e.Attempts, e.LastError }).ToListAsync());
        foreach (var group in unsent.GroupBy(e => (e.Kind, e.Attempts, Error: e.LastError?.Split('\n')[0])).OrderByDescending(g => g.Count()).Take(10))
        {
            Console.WriteLine($"unsent: {group.Count()} × {group.Key.Kind}, {group.Key.Attempts} attempts, last error: {group.Key.Error ?? "none"}");
        }
    }

    private static int CountMailFiles(string data) =>
        Directory.Exists(Path.Combine(data, "mail")) ? Directory.EnumerateFiles(Path.Combine(data, "mail"), "*.eml").Count() : 0;

    private static bool SampleBadgeEmail(string data)
    {
        var folder = Path.Combine(data, "mail");
        if (!Directory.Exists(folder)) return false;
        return Directory.EnumerateFiles(folder, "*.eml").Select(File.ReadAllText)
            .Any(text => text.Contains("application/pdf", StringComparison.Ordinal) && text.Contains("badge-", StringComparison.Ordinal));
    }

    private static async Task<T> InScopeAsync<T>(DemoHost app, Func<AppDbContext, Task<T>> query)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }

    private static double Percentile(List<TimeSpan> sorted, double p) =>
        sorted.Count == 0 ? double.NaN : sorted[Math.Min(sorted.Count - 1, (int)(p * sorted.Count))].TotalSeconds;

    private static string Yes(bool met) => met ? "yes" : "NO";
}
