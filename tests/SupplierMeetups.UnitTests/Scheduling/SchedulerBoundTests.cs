using SupplierMeetups.Benchmarks.Scheduling;
using SupplierMeetups.Scheduling;
using Xunit;

namespace SupplierMeetups.UnitTests.Scheduling;

public sealed class SchedulerBoundTests
{
    // Seeds 12 and 14 are ones the engine's own search misses (103 of 104, 121 of 122): CP-SAT must find and prove them.
    public static TheoryData<int> SmallSeeds() => new(1, 2, 3, 12, 14, 21);

    [Theory]
    [MemberData(nameof(SmallSeeds))]
    public void Solve_WhenEventIsSmall_ReachesTheOptimumOfAnIndependentExactModelAndSaysOptimal(int seed)
    {
        var problem = FairShapes.Small(seed);

        var result = Scheduler.Solve(problem);

        var verdict = ScheduleRules.Check(problem, result);
        Assert.Empty(verdict.Violations);
        Assert.Equal(ReferenceOptimum.Weight(problem), verdict.Weight);
        Assert.True(result.Optimal, $"weight {result.Weight}, bound {result.UpperBound}");
        Assert.True(verdict.Gaps <= 0.02 * result.Assignments.Count, $"{verdict.Gaps} gaps for {result.Assignments.Count} meetings");
    }

    [Fact]
    public void Solve_WhenOnlyTheExactSolverReachesTheOptimum_LoadsCpSatAndReportsItsProof()
    {
        var problem = FairShapes.Small(14);
        var engineAlone = Scheduler.Solve(problem, new SolveOptions { ExactWork = 0 });

        var result = Scheduler.Solve(problem);

        Assert.Equal(121, engineAlone.Weight);
        Assert.False(engineAlone.Optimal);
        Assert.Equal(123, engineAlone.UpperBound);
        Assert.Equal((122, 122, BoundKind.Exact), (result.Weight, result.UpperBound, result.BoundKind));
        Assert.Empty(ScheduleRules.Check(problem, result).Violations);
    }

    [Theory]
    [MemberData(nameof(SchedulerPropertyTests.ShapesAndSeeds), MemberType = typeof(SchedulerPropertyTests))]
    public void Solve_WhenInstanceIsRandom_ReportsABoundThatTheOptimumDoesNotExceed(int shape, int seed)
    {
        var problem = RandomInstances.Generate(RandomInstances.Shapes[shape], seed);

        var result = Scheduler.Solve(problem, new SolveOptions { ExactWork = 0 });

        var optimum = ReferenceOptimum.Weight(problem);
        Assert.InRange(optimum, result.Weight, result.UpperBound);
        if (result.Optimal) Assert.Equal(optimum, result.Weight);
    }

    [Theory]
    [InlineData("small-7", 123)]
    [InlineData("konya-7", 1738)]
    public void Solve_WhenSampleIsShared_ProvesItsOptimumWithoutTheExactSolver(string sample, int optimum)
    {
        var result = Scheduler.Solve(SharedSamples.Load(sample), new SolveOptions { ExactWork = 0 });

        Assert.Equal((optimum, optimum, BoundKind.Capacity), (result.Weight, result.UpperBound, result.BoundKind));
        Assert.True(result.Optimal);
    }

    [Fact]
    public void Solve_WhenTheExactSolverChangesTheSchedule_GivesTheSameScheduleByteForByte()
    {
        var first = InstanceJson.WriteSchedule(Scheduler.Solve(FairShapes.Small(14)));
        var second = InstanceJson.WriteSchedule(Scheduler.Solve(FairShapes.Small(14)));

        Assert.Equal(first, second);
    }
}
