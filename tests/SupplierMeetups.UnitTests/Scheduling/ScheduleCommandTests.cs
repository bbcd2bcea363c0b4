using System.Text.Json;
using SupplierMeetups.Cli;
using Xunit;

namespace SupplierMeetups.UnitTests.Scheduling;

public sealed class ScheduleCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("schedule-cli-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private const string ValidInstance = """
        {"name": "cli", "slots": [{"id": "D1-01", "day": 1}, {"id": "D1-02", "day": 1}], "pool": ["T1"],
         "participants": [{"id": "ASELSAN", "capacity": 1, "tables": ["A1"]}, {"id": "S-0042", "capacity": 1}],
         "meetings": [{"id": "M1", "a": "ASELSAN", "b": "S-0042", "priority": 2}]}
        """;

    public static TheoryData<string, string> BadInstances() => new()
    {
        { ValidInstance.Replace("\"b\": \"S-0042\"", "\"b\": \"S-9999\""), "S-9999" },
        { ValidInstance.Replace("\"priority\": 2", "\"priority\": 2, \"fixed\": {\"slot\": \"D7-07\", \"table\": \"A1\"}"), "D7-07" },
        { ValidInstance.Replace("\"priority\": 2", "\"priority\": 2, \"fixed\": {\"slot\": \"D1-01\", \"table\": \"T9\"}"), "T9" },
        { ValidInstance.Replace("\"priority\": 2", "\"priority\": 2, \"fixed\": {\"slot\": \"D1-01\", \"table\": \"T1\"}"), "M1" },
        { ValidInstance.Replace("\"capacity\": 1, \"tables\"", "\"capacity\": -3, \"tables\""), "ASELSAN: capacity -3" },
        { ValidInstance[..40], "malformed JSON" },
    };

    [Theory]
    [MemberData(nameof(BadInstances))]
    public void Run_WhenInstanceIsBad_ExitsWithTwoNamesTheItemAndWritesNoFile(string instance, string named)
    {
        var input = Write("bad.json", instance);
        var output = Path.Combine(_folder, "schedule.json");
        var (stdout, stderr) = (new StringWriter(), new StringWriter());

        var exitCode = ScheduleCommand.Run([input, "-o", output], stdout, stderr);

        Assert.Equal(2, exitCode);
        Assert.Contains(named, stderr.ToString());
        Assert.DoesNotContain("   at ", stderr.ToString());
        Assert.False(File.Exists(output));
        Assert.Equal(["bad.json"], Directory.GetFiles(_folder).Select(Path.GetFileName));
    }

    [Fact]
    public void Run_WhenNoOutputIsGiven_WritesTheScheduleToStdoutAndASummaryToStderr()
    {
        var input = Write("ok.json", ValidInstance);
        var (stdout, stderr) = (new StringWriter(), new StringWriter());

        var exitCode = ScheduleCommand.Run([input, "--explain"], stdout, stderr);

        Assert.Equal(0, exitCode);
        using var schedule = JsonDocument.Parse(stdout.ToString());
        Assert.Equal("A1", schedule.RootElement.GetProperty("assignments")[0].GetProperty("table").GetString());
        Assert.Matches(@"^schedule: weight 2 \(optimal\), scheduled 1/1, gaps 0, time \d+\.\d+ s\n"
                       + @"bound 2: the participants' and tables' capacities per slot allow no more weight\n$", stderr.ToString().ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Run_WhenScheduleOfKonyaIsCheckedByTheSharedChecker_IsValidAtTheOptimum()
    {
        var instance = SharedSamples.PathOf("konya-7");
        var output = Path.Combine(_folder, "konya-7.schedule.json");

        var exitCode = ScheduleCommand.Run([instance, "-o", output], TextWriter.Null, TextWriter.Null);

        Assert.Equal(0, exitCode);
        var (checkerExit, verdict) = SharedChecker.Check(instance, output);
        Assert.Equal(0, checkerExit);
        Assert.True(verdict.GetProperty("valid").GetBoolean(), verdict.ToString());
        Assert.Equal(1738, verdict.GetProperty("weight").GetInt32());
    }

    [Fact]
    public void Run_WhenOnlyCpSatReachesTheOptimum_WritesAValidOptimalScheduleAndExplainsTheProof()
    {
        var instance = InstanceFiles.Write(Benchmarks.Scheduling.FairShapes.Small(14), _folder);
        var output = Path.Combine(_folder, "small-14.schedule.json");
        var stderr = new StringWriter();

        var exitCode = ScheduleCommand.Run([instance, "-o", output, "--explain"], TextWriter.Null, stderr);

        Assert.Equal(0, exitCode);
        var lines = stderr.ToString().ReplaceLineEndings("\n").Split('\n');
        Assert.StartsWith("schedule: weight 122 (optimal), scheduled ", lines[0]);
        Assert.Equal("bound 122: the exact solver (CP-SAT) proved that no schedule weighs more", lines[1]);
        var (checkerExit, verdict) = SharedChecker.Check(instance, output);
        Assert.Equal(0, checkerExit);
        Assert.True(verdict.GetProperty("valid").GetBoolean(), verdict.ToString());
        Assert.Equal(122, verdict.GetProperty("weight").GetInt32());
        Assert.True(verdict.GetProperty("upper_bound").GetInt32() >= 122);
    }

    [Fact]
    public void Run_WhenTheBoundIsNotReached_SaysHowFarBelowItTheWeightMayBe()
    {
        var instance = InstanceFiles.Write(Benchmarks.Scheduling.FairShapes.Small(14), _folder);
        var stderr = new StringWriter();

        var exitCode = ScheduleCommand.Run([instance, "--exact-work", "0"], TextWriter.Null, stderr);

        Assert.Equal(0, exitCode);
        Assert.StartsWith("schedule: weight 121 (within 1.63% of the bound 123), ", stderr.ToString());
    }

    private string Write(string name, string content)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, content);
        return path;
    }
}
