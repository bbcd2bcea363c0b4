using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.Options;
using SupplierMeetups.Web.Badges;
using SupplierMeetups.Web.Platform.Documents;

namespace SupplierMeetups.Benchmarks;

/// <summary>
/// Badge PDF throughput, single-threaded: one-page PDFs (printed on demand at the registration desk)
/// and one 2,000-badge PDF per sheet layout (the organizer's bulk print before the fair). The renderer
/// runs in a long-lived web host, so the steady state is measured: a warm-up of a few thousand renders
/// lets the JIT reach its optimised code first, and each figure is the median of three rounds. The rate
/// is given twice: by the wall clock, and by the CPU time the process used (all its threads, GC included).
/// The targets are judged on the second, the rate of one core, because on a shared machine the wall clock
/// mostly measures the other tenants; the load average is printed alongside so that a reader can tell.
/// </summary>
internal sealed class BadgeBenchmark : IBenchmark
{
    private const int SingleCount = 500;
    private const int Rounds = 3;
    // Tiered JIT reaches its final code only after a few thousand calls, later still when other processes
    // starve its background thread; measured here, single badges settle after about 2,000 renders.
    private const int WarmUpRenders = 3_000;
    private static readonly TimeSpan WarmUpTime = TimeSpan.FromSeconds(3);
    private const int BatchCount = 2_000;
    private const double SingleTarget = 300;
    private const double BatchTarget = 500;

    private static readonly string[] FirstNames = ["Mustafa", "Ayşe", "Zeynep", "İsmail", "Gülşen", "Çağrı", "Ömer", "Işıl"];
    private static readonly string[] LastNames = ["Büyükeğen", "Öztürk", "Karaosmanoğlu", "Çelik", "Şahin", "Yılmaz", "Doğan"];
    private static readonly string[] Firms = ["İŞBİR Elektrik", "Ağır Sanayi Şirketi", "Konya Döküm A.Ş.", "ASELSAN", "Roketsan", "Özgür CNC Talaşlı İmalat"];

    public string Name => "badges";

    public Task<bool> RunAsync()
    {
        var renderer = new PdfBadgeDocuments(Options.Create(new DocumentsOptions()));
        var tokens = new BadgeTokens(Options.Create(new BadgeTokenOptions { TokenKey = Convert.ToBase64String(new byte[32]) }));
        var badges = Enumerable.Range(0, BatchCount).Select(i => Badge(i, tokens)).ToList();

        var warmUp = Stopwatch.StartNew();
        for (var i = 0; i < WarmUpRenders || warmUp.Elapsed < WarmUpTime; i++)
        {
            renderer.RenderSingle(badges[i % BatchCount]);
            if (i % 100 == 0) renderer.RenderBatch(badges[..40], (BadgeSheetLayout)(i / 100 % 2));
        }

        Console.WriteLine($"{Environment.ProcessorCount} cores, load average {LoadAverage()} before the run; single-threaded, median of {Rounds} rounds");
        var passed = Measure($"single A6 PDFs ({SingleCount:N0})", SingleCount, SingleTarget, () =>
        {
            long bytes = 0;
            for (var i = 0; i < SingleCount; i++) bytes += renderer.RenderSingle(badges[i]).Length;
            return bytes / SingleCount;
        });
        foreach (var layout in new[] { BadgeSheetLayout.A4FourUp, BadgeSheetLayout.A6PerPage })
            passed &= Measure($"batch {layout} ({BatchCount:N0} badges)", BatchCount, BatchTarget, () => renderer.RenderBatch(badges, layout).Length);
        Console.WriteLine($"load average {LoadAverage()} after the run");
        return Task.FromResult(passed);
    }

    /// <summary>Runs <paramref name="round"/> three times and judges the median rate; <paramref name="round"/> returns the PDF size.</summary>
    private static bool Measure(string what, int badges, double target, Func<long> round)
    {
        var wallRates = new double[Rounds];
        var cpuRates = new double[Rounds];
        long bytes = 0;
        using var process = Process.GetCurrentProcess();
        for (var i = 0; i < Rounds; i++)
        {
            process.Refresh();
            var cpuBefore = process.TotalProcessorTime;
            var watch = Stopwatch.StartNew();
            bytes = round();
            wallRates[i] = badges / watch.Elapsed.TotalSeconds;
            process.Refresh();
            cpuRates[i] = badges / (process.TotalProcessorTime - cpuBefore).TotalSeconds;
        }
        var wall = Median(wallRates);
        var cpu = Median(cpuRates);
        var pass = cpu >= target;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{what,-32} {cpu,6:F0} badges/CPU-s  {wall,6:F0} badges/s wall  target >= {target:F0}  {(pass ? "PASS" : "FAIL")}  PDF {bytes / 1024.0:F1} KiB"));
        return pass;
    }

    private static double Median(double[] values) => values.Order().ElementAt(values.Length / 2);

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "n/a";

    private static BadgeContent Badge(int i, BadgeTokens tokens)
    {
        var type = (BadgeType)(i % Enum.GetValues<BadgeType>().Length);
        return new BadgeContent(
            "Konya Savunma Sanayi Tedarikçi Buluşmaları",
            $"{FirstNames[i % FirstNames.Length]} {LastNames[i / FirstNames.Length % LastNames.Length]}",
            Firms[i % Firms.Length],
            type,
            type == BadgeType.Exhibitor ? $"A-{i % 90 + 10}" : null,
            tokens.Issue(Guid.NewGuid()));
    }
}
