using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using SupplierMeetups.Web.Events;
using SupplierMeetups.Web.Exhibition.Booths;
using SupplierMeetups.Web.Exhibition.GenerateGrid;
using SupplierMeetups.Web.Exhibition.ProposeAssignment;
using SupplierMeetups.Web.Platform.Persistence;
using SupplierMeetups.Web.Registration;

namespace SupplierMeetups.Benchmarks.Exhibition;

/// <summary>
/// The issue's two targets: the automatic proposal for 400 booths and 300 exhibitors under a second, and the
/// organizer's plan page of a 400-booth hall rendered by the real host under 200 ms (median of 20 warm requests,
/// in-process server, so the time is the server's and not the network's).
/// </summary>
internal sealed partial class ExhibitionBenchmark : IBenchmark
{
    private const string Organizer = "organizer@bench.local";
    private const string Password = "Bench!2025pw";

    public string Name => "exhibition";

    public async Task<bool> RunAsync()
    {
        var proposalOk = Proposal();
        var pageOk = await PlanPageAsync();
        return proposalOk && pageOk;
    }

    private static bool Proposal()
    {
        var (booths, exhibitors) = Fair(seed: 7);
        var first = Stopwatch.StartNew();
        var result = BoothProposer.Propose(booths, exhibitors);
        var firstMs = first.Elapsed.TotalMilliseconds;
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var runs = Enumerable.Range(0, 5).Select(_ =>
        {
            var watch = Stopwatch.StartNew();
            BoothProposer.Propose(booths, exhibitors);
            return watch.Elapsed.TotalMilliseconds;
        }).Order().ToArray();
        // The machine is shared: CPU time per run shows what the proposal itself costs when the wall clock includes waiting for a core.
        var cpuMs = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds / runs.Length;
        var median = runs[2];
        var met = median < 1000 && firstMs < 1000;
        Console.WriteLine("| proposal | booths | exhibitors | placed | not placed | median of 5 warm runs | CPU time per run | first run | target < 1 s met |");
        Console.WriteLine("| --- | --- | --- | --- | --- | --- | --- | --- | --- |");
        Console.WriteLine($"| synthetic, seed 7 | {booths.Count} | {exhibitors.Count} | {result.Placements.Count} | {result.Unplaced.Count} | {median:0.0} ms | {cpuMs:0.0} ms | {firstMs:0.0} ms | {(met ? "yes" : "NO")} |");
        return met;
    }

    /// <summary>Two halls of 200 booths (3×3 and 4×3 m, corners at block ends); requests with areas, types, halls, one firm to be near for a third, one competitor for a fifth.</summary>
    private static (List<ProposalBooth>, List<ProposalExhibitor>) Fair(int seed)
    {
        var random = new Random(seed);
        var booths = new[]
        {
            new BoothGrid { Hall = "Salon 1", Prefix = "A", Rows = 10, Columns = 20, Width = 3, Depth = 3, ColumnsPerBlock = 5 },
            new BoothGrid { Hall = "Salon 2", Prefix = "B", Rows = 10, Columns = 20, Width = 4, Depth = 3, ColumnsPerBlock = 5 },
        }.SelectMany(g => g.Booths())
            .Select(b => new ProposalBooth(Guid.NewGuid(), b.Code, b.Rect, b.Type, b.Width * b.Depth, null, true)).ToList();
        var ids = Enumerable.Range(0, 300).Select(_ => Guid.NewGuid()).ToArray();
        var exhibitors = ids.Select((id, i) => new ProposalExhibitor(id, $"Firma {i:000}", new ProposalWish(
            random.Next(3) == 0 ? 12 : 9,
            random.Next(4) == 0 ? BoothType.Corner : null,
            random.Next(2) == 0 ? "Salon 1" : "Salon 2",
            i % 3 == 1 ? [ids[random.Next(300)]] : [],
            i % 5 == 0 ? [ids[random.Next(300)]] : []))).ToList();
        return (booths, exhibitors);
    }

    private static async Task<bool> PlanPageAsync()
    {
        var data = Directory.CreateTempSubdirectory("sm-bench-").FullName;
        try
        {
            // Any public type of the web assembly names the host; its Program clashes with this project's own.
            await using var factory = new WebApplicationFactory<BoothQuery>().WithWebHostBuilder(b =>
            {
                b.UseEnvironment("Production");
                b.UseContentRoot(Path.Combine(RepositoryRoot(), "src", "SupplierMeetups.Web"));
                b.UseSetting("Storage:DataDirectory", data);
                b.UseSetting("Identity:FirstOrganizer:Email", Organizer);
                b.UseSetting("Identity:TwoFactor:Enforce", "false");
                foreach (var rule in new[] { "SignIn", "Registration", "PasswordReset", "VisitorSignUp", "MeetingRequests", "Email" })
                {
                    b.UseSetting($"RateLimits:{rule}:PermitLimit", "1000000");
                }
                b.UseSetting("Identity:FirstOrganizer:FullName", "Bench Organizatör");
                b.UseSetting("Identity:FirstOrganizer:Password", Password);
                b.UseSetting("Demo:Load", "false");
                b.UseSetting("Badges:TokenKey", Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32)));
                b.UseSetting("Logging:LogLevel:Default", "Error");
            });
            var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
            var eventId = await SeedHallAsync(factory.Services);
            await SignInAsync(client);
            var url = $"/organizer/events/{eventId}/booths?hall=Salon%201";
            var body = "";
            for (var i = 0; i < 5; i++) body = await (await client.GetAsync(url)).Content.ReadAsStringAsync();
            var times = new List<double>();
            for (var i = 0; i < 20; i++)
            {
                var watch = Stopwatch.StartNew();
                using var response = await client.GetAsync(url);
                body = await response.Content.ReadAsStringAsync();
                times.Add(watch.Elapsed.TotalMilliseconds);
            }
            times.Sort();
            var booths = BoothMarker().Count(body);
            var median = times[times.Count / 2];
            var met = median < 200 && booths == 400;
            Console.WriteLine();
            Console.WriteLine("| plan page | booths drawn | firms on booths | HTML size | median of 20 warm requests | slowest | target < 200 ms met |");
            Console.WriteLine("| --- | --- | --- | --- | --- | --- | --- |");
            Console.WriteLine($"| {url.Split('?')[0].Replace(eventId.ToString(), "{eventId}", StringComparison.Ordinal)} | {booths} | 300 | {body.Length / 1024} KB | {median:0.0} ms | {times[^1]:0.0} ms | {(met ? "yes" : "NO")} |");
            return met;
        }
        finally
        {
            try { Directory.Delete(data, recursive: true); } catch (IOException) { }
        }
    }

    private static async Task<Guid> SeedHallAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var fair = new Event { NameTr = "Kıyas Fuarı", NameEn = "Benchmark Fair", Venue = "TÜYAP", City = "Konya", StartDate = new DateOnly(2026, 11, 5), EndDate = new DateOnly(2026, 11, 6) };
        fair.Halls = [new Hall { EventId = fair.Id, Name = "Salon 1", AreaSquareMetres = 8100 }];
        db.Add(fair);
        var booths = new BoothGrid { Hall = "Salon 1", Prefix = "A", Rows = 20, Columns = 20, Width = 3, Depth = 3, ColumnsPerBlock = 5 }.Booths().Select(input =>
        {
            var booth = new Booth { EventId = fair.Id };
            input.ApplyTo(booth);
            return booth;
        }).ToList();
        db.AddRange(booths);
        for (var i = 0; i < 300; i++)
        {
            var firm = new Firm { ShortName = $"Anadolu Savunma Sanayi {i:000}", LegalName = $"Anadolu Savunma Sanayi {i:000} A.Ş.", City = "Konya" };
            db.Add(firm);
            db.Add(new Participation { EventId = fair.Id, FirmId = firm.Id, Type = ParticipationType.Exhibitor, Status = ParticipationStatus.Approved });
            db.Add(new BoothAssignment { EventId = fair.Id, BoothId = booths[i].Id, FirmId = firm.Id, AssignedAt = DateTimeOffset.UtcNow, HeldUntil = i % 10 == 0 ? DateTimeOffset.UtcNow.AddDays(1) : null });
        }
        await db.SaveChangesAsync();
        return fair.Id;
    }

    private static async Task SignInAsync(HttpClient client)
    {
        var form = await client.GetStringAsync("/account/login");
        var token = AntiforgeryToken().Match(form).Groups[1].Value;
        var response = await client.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Email"] = Organizer, ["Input.Password"] = Password, ["__RequestVerificationToken"] = token,
        }));
        if ((int)response.StatusCode != 302) throw new InvalidOperationException($"sign-in failed: {(int)response.StatusCode}");
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "SupplierMeetups.sln")))
        {
            directory = directory.Parent;
        }
        return directory?.FullName ?? throw new InvalidOperationException("SupplierMeetups.sln not found");
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();

    [GeneratedRegex("class=\"booth ")]
    private static partial Regex BoothMarker();
}
