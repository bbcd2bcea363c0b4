using System.Diagnostics;
using SupplierMeetups.Scheduling;

namespace SupplierMeetups.Benchmarks.Scheduling;

/// <summary>
/// Generated small and concentrated events (<see cref="FairShapes"/>) whose optimum is known: every one must be
/// scheduled at its optimum and reported optimal. The optima were proven by the unit tests' independent CP-SAT
/// model (<c>ReferenceOptimum</c>, a literal per concrete table) run to optimality.
/// </summary>
internal static class OptimumBenchmark
{
    private static readonly int[] SmallOptima =
        [124, 113, 108, 93, 102, 105, 96, 110, 103, 95, 100, 104, 97, 122, 108, 102, 103, 119, 110, 105, 101, 107, 103, 95];

    private static readonly int[] ConcentratedOptima = [724, 765, 767, 810, 759];

    public static bool Run()
    {
        Console.WriteLine();
        Console.WriteLine("| instance | meetings | weight | optimum | bound | verdict | gaps/scheduled | time |");
        Console.WriteLine("| --- | --- | --- | --- | --- | --- | --- | --- |");
        var cases = SmallOptima.Select((optimum, i) => (Problem: FairShapes.Small(i + 1), Optimum: optimum))
            .Concat(ConcentratedOptima.Select((optimum, i) => (Problem: FairShapes.Concentrated(i + 1), Optimum: optimum)));
        var (ok, atOptimum, count, total) = (true, 0, 0, TimeSpan.Zero);
        foreach (var (problem, optimum) in cases)
        {
            var stopwatch = Stopwatch.StartNew();
            var result = Scheduler.Solve(problem);
            var elapsed = stopwatch.Elapsed;
            total += elapsed;
            var gapsPerMeeting = result.Gaps / (double)Math.Max(1, result.Assignments.Count);
            var met = result.Weight == optimum && result.Optimal && gapsPerMeeting <= 0.02;
            (ok, atOptimum, count) = (ok && met, atOptimum + (met ? 1 : 0), count + 1);
            Console.WriteLine($"| {problem.Name} | {problem.Meetings.Count} | {result.Weight} | {optimum} | {result.UpperBound} ({result.BoundKind}) | "
                              + $"{(result.Optimal ? "optimal" : "NOT proven")} | {gapsPerMeeting:0.000} | {elapsed.TotalMilliseconds:0} ms |");
        }

        Console.WriteLine($"{atOptimum}/{count} at the optimum and proven optimal, total time {total.TotalSeconds:0.00} s");
        return ok;
    }
}
