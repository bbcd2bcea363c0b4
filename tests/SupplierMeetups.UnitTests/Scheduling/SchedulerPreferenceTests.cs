using SupplierMeetups.Scheduling;
using Xunit;

namespace SupplierMeetups.UnitTests.Scheduling;

public sealed class SchedulerPreferenceTests
{
    private static readonly Slot[] ThreeSlots = [new("D1-01", 1, null, 20), new("D1-02", 1, null, 20), new("D1-03", 1, null, 20)];

    [Fact]
    public void Solve_WhenRequesterPreferredASlot_PlacesTheMeetingThere()
    {
        var problem = new SchedulingProblem("preferred", ThreeSlots, [],
            [new Participant("ASELSAN", "prime", 1, ["A1"], []), new Participant("S-0042", "supplier", 1, [], [])],
            [new Meeting("M1", "ASELSAN", "S-0042", 2, Preferred: "D1-03")]);

        var result = Scheduler.Solve(problem);

        Assert.Equal("D1-03", Assert.Single(result.Assignments).Slot);
        Assert.Equal((1, 1), (result.PreferencesAsked, result.PreferencesMet));
    }

    [Fact]
    public void Solve_WhenPreferencesWouldOpenAGap_KeepsTheGaplessDayAndHonoursOne()
    {
        var problem = new SchedulingProblem("preferred-gap", ThreeSlots, [],
            [
                new Participant("ASELSAN", "prime", 1, ["A1"], []),
                new Participant("ROKETSAN", "prime", 1, ["R1"], []),
                new Participant("S-0042", "supplier", 1, [], []),
            ],
            [new Meeting("M1", "ASELSAN", "S-0042", 2, Preferred: "D1-01"), new Meeting("M2", "ROKETSAN", "S-0042", 2, Preferred: "D1-03")]);

        var result = Scheduler.Solve(problem);

        var verdict = ScheduleRules.Check(problem, result);
        Assert.Empty(verdict.Violations);
        Assert.Equal((4, 0), (verdict.Weight, verdict.Gaps));
        Assert.Equal(1, result.PreferencesMet);
    }

    [Fact]
    public void Solve_WhenPreferenceIsTakenByAHeavierMeeting_KeepsTheWeight()
    {
        var problem = new SchedulingProblem("preferred-full", [ThreeSlots[0]], [],
            [
                new Participant("ASELSAN", "prime", 1, ["A1"], []),
                new Participant("S-0041", "supplier", 1, [], []),
                new Participant("S-0042", "supplier", 1, [], []),
            ],
            [new Meeting("M1", "ASELSAN", "S-0041", 3), new Meeting("M2", "ASELSAN", "S-0042", 1, Preferred: "D1-01")]);

        var result = Scheduler.Solve(problem);

        Assert.Equal("M1", Assert.Single(result.Assignments).Meeting);
        Assert.Equal((1, 0), (result.PreferencesAsked, result.PreferencesMet));
    }

    [Fact]
    public void ReadInstance_WhenMeetingHasAPreferredSlot_ReadsIt()
    {
        var problem = InstanceJson.ReadInstance("""{"meetings": [{"id": "M1", "a": "ASELSAN", "b": "S-0042", "preferred": "D1-03"}]}""");

        Assert.Equal("D1-03", problem.Meetings[0].Preferred);
    }

    [Fact]
    public void Validate_WhenPreferredSlotIsUnknown_NamesIt()
    {
        var problem = new SchedulingProblem("preferred-unknown", ThreeSlots, [],
            [new Participant("ASELSAN", "prime", 1, ["A1"], []), new Participant("S-0042", "supplier", 1, [], [])],
            [new Meeting("M1", "ASELSAN", "S-0042", 2, Preferred: "D9-99")]);

        Assert.Contains("meeting M1: unknown preferred slot D9-99", SchedulingProblemValidator.Validate(problem));
    }
}
