using SupplierMeetups.Scheduling;
using Xunit;

namespace SupplierMeetups.UnitTests.Scheduling;

public sealed class SchedulerOptimumTests
{
    public static TheoryData<int> TinySeeds() => new(Enumerable.Range(1, 40));

    [Theory]
    [MemberData(nameof(TinySeeds))]
    public void Solve_WhenInstanceIsTiny_ReachesTheBruteForceOptimum(int seed)
    {
        var shape = new RandomInstances.Shape(Participants: 5, Meetings: 7, Days: seed % 2 + 1, SlotsPerDay: 2, PoolTables: 1, MaxCapacity: 2, FixedShare: 0.15);
        var problem = RandomInstances.Generate(shape, seed);

        var result = Scheduler.Solve(problem);

        Assert.Empty(ScheduleRules.Check(problem, result).Violations);
        Assert.Equal(BruteForce.BestWeight(problem), result.Weight);
        Assert.True(result.Optimal, $"weight {result.Weight}, bound {result.UpperBound}");
    }

    [Theory]
    [InlineData("small-7", 123, 0.0)]
    [InlineData("konya-7", 1738, 0.05)]
    [InlineData("large-7", 9149, 0.10)] // the issue asks for 99.9% of the optimum 9158
    public void Solve_WhenSampleIsShared_ReachesTheTargetWeightWithFewGaps(string sample, int minimumWeight, double maxGapsPerMeeting)
    {
        var problem = SharedSamples.Load(sample);

        var result = Scheduler.Solve(problem);

        var verdict = ScheduleRules.Check(problem, result);
        Assert.Empty(verdict.Violations);
        Assert.True(verdict.Weight >= minimumWeight, $"weight {verdict.Weight} < {minimumWeight}");
        Assert.True(verdict.Gaps <= maxGapsPerMeeting * result.Assignments.Count, $"{verdict.Gaps} gaps for {result.Assignments.Count} meetings");
    }

    [Fact]
    public void Solve_WhenPrimeIsFullEverywhere_ExplainsWhyTheMeetingWaits()
    {
        var problem = new SchedulingProblem("full", [new Slot("D1-01", 1, null, 20)], ["T1", "T2"],
            [
                new Participant("ASELSAN", "prime", 1, [], []),
                new Participant("S-0041", "supplier", 1, [], []),
                new Participant("S-0042", "supplier", 1, [], []),
            ],
            [new Meeting("M1", "ASELSAN", "S-0041", 3), new Meeting("M2", "ASELSAN", "S-0042", 1)]);

        var result = Scheduler.Solve(problem);

        var waiting = Assert.Single(result.Unscheduled);
        Assert.Equal("M2", waiting.Meeting);
        Assert.Equal("ASELSAN is fully booked in every slot where S-0042 is available", waiting.Reason);
    }

    [Fact]
    public void Solve_WhenDesksAreTheBottleneck_ExplainsThatNoDeskIsFree()
    {
        var problem = new SchedulingProblem("desks", [new Slot("D1-01", 1, null, 20)], [],
            [
                new Participant("ASELSAN", "prime", 2, ["A1"], []),
                new Participant("S-0041", "supplier", 1, [], []),
                new Participant("S-0042", "supplier", 1, [], []),
            ],
            [new Meeting("M1", "ASELSAN", "S-0041", 3), new Meeting("M2", "ASELSAN", "S-0042", 1)]);

        var result = Scheduler.Solve(problem);

        Assert.Equal("ASELSAN has no free desk in any slot where it and S-0042 are both available", Assert.Single(result.Unscheduled).Reason);
    }
}
