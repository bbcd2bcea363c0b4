using SupplierMeetups.Scheduling;
using Xunit;

namespace SupplierMeetups.UnitTests.Scheduling;

public sealed class SchedulerPropertyTests
{
    public static TheoryData<int, int> ShapesAndSeeds()
    {
        var data = new TheoryData<int, int>();
        for (var shape = 0; shape < RandomInstances.Shapes.Length; shape++)
        {
            for (var seed = 1; seed <= 12; seed++) data.Add(shape, seed * 7919 + shape);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ShapesAndSeeds))]
    public void Solve_WhenInstanceIsRandom_KeepsEveryRuleAndReportsItsScore(int shape, int seed)
    {
        var problem = RandomInstances.Generate(RandomInstances.Shapes[shape], seed);

        var result = Scheduler.Solve(problem);

        var verdict = ScheduleRules.Check(problem, result);
        Assert.Empty(verdict.Violations);
        Assert.Equal(verdict.Weight, result.Weight);
        Assert.Equal(verdict.Gaps, result.Gaps);
    }

    [Theory]
    [MemberData(nameof(ShapesAndSeeds))]
    public void Solve_WhenMeetingsAreFixed_LeavesThemExactlyWherePublished(int shape, int seed)
    {
        var problem = RandomInstances.Generate(RandomInstances.Shapes[shape] with { FixedShare = 0.3 }, seed);
        var fixedMeetings = problem.Meetings.Where(m => m.Fixed is not null).ToList();
        Assert.NotEmpty(fixedMeetings);

        var result = Scheduler.Solve(problem);

        var placed = result.Assignments.ToDictionary(a => a.Meeting);
        foreach (var meeting in fixedMeetings)
        {
            Assert.Equal(meeting.Fixed!.Slot, placed[meeting.Id].Slot);
            Assert.Equal(meeting.Fixed.Table, placed[meeting.Id].Table);
        }
    }

    [Fact]
    public void Solve_WhenRerunAfterPublishingAndAddingRequests_MovesNothingPublished()
    {
        var problem = RandomInstances.Generate(RandomInstances.Shapes[4] with { FixedShare = 0 }, 42);
        var first = Scheduler.Solve(problem);
        var published = first.Assignments.ToDictionary(a => a.Meeting);
        var extra = new Meeting("M-NEW", problem.Participants[1].Id, problem.Participants[2].Id, 3);
        var republished = problem with
        {
            Meetings = problem.Meetings
                .Select(m => published.TryGetValue(m.Id, out var a) ? m with { Fixed = new FixedPlacement(a.Slot, a.Table) } : m)
                .Append(extra).ToList(),
        };

        var second = Scheduler.Solve(republished);

        Assert.Empty(ScheduleRules.Check(republished, second).Violations);
        var again = second.Assignments.ToDictionary(a => a.Meeting);
        foreach (var (id, assignment) in published) Assert.Equal(assignment, again[id]);
    }

    [Fact]
    public void Solve_WhenRunTwice_GivesTheSameScheduleByteForByte()
    {
        var first = InstanceJson.WriteSchedule(Scheduler.Solve(SharedSamples.Load("konya-7")));
        var second = InstanceJson.WriteSchedule(Scheduler.Solve(SharedSamples.Load("konya-7")));

        Assert.Equal(first, second);
    }

    [Fact]
    public void Solve_WhenTimeLimitIsTiny_StillReturnsAValidScheduleAndSaysSo()
    {
        var problem = SharedSamples.Load("konya-7");

        var result = Scheduler.Solve(problem, new SolveOptions { TimeLimit = TimeSpan.FromTicks(1) });

        Assert.True(result.TimeLimitReached);
        Assert.Empty(ScheduleRules.Check(problem, result).Violations);
    }
}
