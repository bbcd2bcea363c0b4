using SupplierMeetups.Scheduling;
using Xunit;

namespace SupplierMeetups.UnitTests.Scheduling;

public sealed class InstanceJsonTests
{
    [Fact]
    public void ReadInstance_WhenFileIsTheFormatExample_ReadsEveryField()
    {
        const string json = """
            {"name": "sample-small",
             "slots": [{"id": "D1-01", "day": 1, "start": "2025-11-06T10:00:00+03:00", "minutes": 20}],
             "pool": ["T01"],
             "participants": [{"id": "ASELSAN", "role": "prime", "capacity": 2, "tables": ["A1"], "unavailable": ["D1-01"]}],
             "meetings": [{"id": "M2", "a": "ROKETSAN", "b": "S-0001", "priority": 1, "fixed": {"slot": "D1-02", "table": "R1"}}]}
            """;

        var problem = InstanceJson.ReadInstance(json);

        Assert.Equal(new DateTimeOffset(2025, 11, 6, 10, 0, 0, TimeSpan.FromHours(3)), problem.Slots[0].Start);
        Assert.Equal(["A1"], problem.Participants[0].Tables);
        Assert.Equal(["D1-01"], problem.Participants[0].Unavailable);
        Assert.Equal(new FixedPlacement("D1-02", "R1"), problem.Meetings[0].Fixed);
    }

    [Theory]
    [InlineData("{\"slots\": [", "malformed JSON")]
    [InlineData("{\"participants\": [{\"id\": \"S-0042\", \"capacity\": \"two\"}]}", "participant S-0042: capacity must be an integer")]
    [InlineData("{\"meetings\": [{\"id\": \"M7\", \"a\": \"ASELSAN\"}]}", "meeting M7: b is missing")]
    public void ReadInstance_WhenJsonIsNotTheFormat_NamesTheProblem(string json, string expected)
    {
        var error = Assert.Throws<InstanceFormatException>(() => InstanceJson.ReadInstance(json));

        Assert.Contains(expected, error.Message);
    }

    [Fact]
    public void WriteSchedule_WhenGivenAResult_WritesOnlyTheFormatsFields()
    {
        var result = new ScheduleResult([new Assignment("M1", "D1-01", "A1")], [new UnscheduledMeeting("M2", "why")], 3, 0, false);

        var json = InstanceJson.WriteSchedule(result);

        Assert.Equal("""
            {
              "assignments": [
                {
                  "meeting": "M1",
                  "slot": "D1-01",
                  "table": "A1"
                }
              ],
              "unscheduled": [
                "M2"
              ]
            }

            """.ReplaceLineEndings("\n"), json);
    }
}
