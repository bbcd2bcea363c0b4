using SupplierMeetups.Scheduling;
using Xunit;

namespace SupplierMeetups.UnitTests.Scheduling;

public sealed class SchedulingProblemValidatorTests
{
    private static SchedulingProblem Valid() => new("valid",
        [new Slot("D1-01", 1, null, 20), new Slot("D1-02", 1, null, 20)],
        ["T1"],
        [new Participant("ASELSAN", "prime", 2, ["A1"], []), new Participant("S-0042", "supplier", 1, [], ["D1-02"])],
        [new Meeting("M1", "ASELSAN", "S-0042", 2)]);

    [Fact]
    public void Validate_WhenProblemIsValid_FindsNothing() => Assert.Empty(SchedulingProblemValidator.Validate(Valid()));

    [Theory]
    [InlineData("unknown-participant", "meeting M1: unknown participant S-9999")]
    [InlineData("unknown-unavailable-slot", "participant S-0042: unknown unavailable slot D9-99")]
    [InlineData("negative-capacity", "participant ASELSAN: capacity -1 is negative")]
    [InlineData("fixed-unknown-slot", "meeting M1: fixed in unknown slot D9-99")]
    [InlineData("fixed-unknown-table", "meeting M1: fixed at unknown table Z9")]
    [InlineData("fixed-wrong-table", "meeting M1: fixed at table T1, which rule 4 does not allow for ASELSAN and S-0042")]
    [InlineData("fixed-unavailable", "meeting M1: fixed in D1-02, where S-0042 is unavailable")]
    [InlineData("fixed-over-capacity", "meeting M2: fixed meetings give S-0042 more than its capacity 1 in D1-01")]
    [InlineData("zero-priority", "meeting M1: priority 0 is not a positive integer")]
    [InlineData("duplicate-table", "participant S-0042: table A1 is also a table of ASELSAN")]
    public void Validate_WhenProblemBreaksARule_NamesTheOffendingItem(string defect, string expected)
    {
        var valid = Valid();
        var meeting = valid.Meetings[0];
        var problem = defect switch
        {
            "unknown-participant" => valid with { Meetings = [meeting with { B = "S-9999" }] },
            "unknown-unavailable-slot" => valid with { Participants = [valid.Participants[0], valid.Participants[1] with { Unavailable = ["D9-99"] }] },
            "negative-capacity" => valid with { Participants = [valid.Participants[0] with { Capacity = -1 }, valid.Participants[1]] },
            "fixed-unknown-slot" => valid with { Meetings = [meeting with { Fixed = new FixedPlacement("D9-99", "A1") }] },
            "fixed-unknown-table" => valid with { Meetings = [meeting with { Fixed = new FixedPlacement("D1-01", "Z9") }] },
            "fixed-wrong-table" => valid with { Meetings = [meeting with { Fixed = new FixedPlacement("D1-01", "T1") }] },
            "fixed-unavailable" => valid with { Meetings = [meeting with { Fixed = new FixedPlacement("D1-02", "A1") }] },
            "fixed-over-capacity" => valid with
            {
                Participants = [valid.Participants[0] with { Tables = ["A1", "A2"] }, valid.Participants[1]],
                Meetings = [meeting with { Fixed = new FixedPlacement("D1-01", "A1") }, meeting with { Id = "M2", Fixed = new FixedPlacement("D1-01", "A2") }],
            },
            "zero-priority" => valid with { Meetings = [meeting with { Priority = 0 }] },
            "duplicate-table" => valid with { Participants = [valid.Participants[0], valid.Participants[1] with { Tables = ["A1"] }] },
            _ => throw new ArgumentOutOfRangeException(nameof(defect)),
        };

        Assert.Contains(expected, SchedulingProblemValidator.Validate(problem));
        Assert.Throws<InvalidSchedulingProblemException>(() => Scheduler.Solve(problem));
    }
}
