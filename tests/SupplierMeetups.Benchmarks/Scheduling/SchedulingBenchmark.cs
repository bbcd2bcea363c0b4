using System.Diagnostics;
using SupplierMeetups.Scheduling;

namespace SupplierMeetups.Benchmarks.Scheduling;

/// <summary>Solves the three samples and a generated fair ten times larger than large-7, against the issue's targets.</summary>
internal sealed class SchedulingBenchmark : IBenchmark
{
    private static readonly (string Name, int Optimum, double MinShare, double MaxGapsPerMeeting, double MaxSeconds)[] Samples =
    [
        ("small-7", 123, 1.0, 0.0, 0.05),
        ("konya-7", 1738, 1.0, 0.05, 0.5),
        ("large-7", 9158, 0.999, 0.10, 3.0),
    ];

    public string Name => "scheduling";

    public Task<bool> RunAsync()
    {
        var ok = true;
        var samples = Path.Combine(RepositoryRoot(), "..", "shared", "matchmaking", "samples");
        // Warm up the JIT so that the first sample's time is the engine's, not the compiler's.
        Scheduler.Solve(InstanceJson.ReadInstance(File.ReadAllText(Path.Combine(samples, "small-7.json"))));
        Console.WriteLine("| instance | weight | optimum | scheduled | gaps | gaps/scheduled | time | target met |");
        Console.WriteLine("| --- | --- | --- | --- | --- | --- | --- | --- |");
        foreach (var (name, optimum, minShare, maxGaps, maxSeconds) in Samples)
        {
            var problem = InstanceJson.ReadInstance(File.ReadAllText(Path.Combine(samples, name + ".json")));
            var stopwatch = Stopwatch.StartNew();
            var result = Scheduler.Solve(problem);
            var seconds = stopwatch.Elapsed.TotalSeconds;
            var gapsPerMeeting = result.Gaps / (double)Math.Max(1, result.Assignments.Count);
            var met = result.Weight >= Math.Ceiling(minShare * optimum) && gapsPerMeeting <= maxGaps && seconds < maxSeconds;
            ok &= met;
            Console.WriteLine($"| {name} | {result.Weight} | {optimum} | {result.Assignments.Count}/{problem.Meetings.Count} | {result.Gaps} | "
                              + $"{gapsPerMeeting:0.000} | {seconds * 1000:0} ms | {(met ? "yes" : "NO")} |");
        }

        var large = SyntheticFair.Generate(participants: 15_000, meetings: 60_000, seed: 7);
        GC.Collect();
        var watch = Stopwatch.StartNew();
        var big = Scheduler.Solve(large);
        var elapsed = watch.Elapsed.TotalSeconds;
        var peakMb = Process.GetCurrentProcess().PeakWorkingSet64 / (1024.0 * 1024.0);
        var bigMet = elapsed < 60 && peakMb < 2048;
        ok &= bigMet;
        Console.WriteLine($"| {large.Name} (15,000 participants) | {big.Weight} | - | {big.Assignments.Count}/{large.Meetings.Count} | {big.Gaps} | "
                          + $"{big.Gaps / (double)Math.Max(1, big.Assignments.Count):0.000} | {elapsed * 1000:0} ms, peak {peakMb:0} MB | {(bigMet ? "yes" : "NO")} |");
        return Task.FromResult(ok);
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "SupplierMeetups.sln"))) return dir.FullName;
        }

        throw new InvalidOperationException("SupplierMeetups.sln not found above " + AppContext.BaseDirectory);
    }
}
