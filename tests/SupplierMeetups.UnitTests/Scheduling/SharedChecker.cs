using System.Diagnostics;
using System.Text.Json;

namespace SupplierMeetups.UnitTests.Scheduling;

/// <summary>Runs the independent validator of the shared folder, check_schedule.py, and returns its verdict.</summary>
internal static class SharedChecker
{
    public static (int ExitCode, JsonElement Verdict) Check(string instance, string schedule)
    {
        using var checker = Process.Start(new ProcessStartInfo("python3", [Path.Combine(SharedSamples.Matchmaking, "check_schedule.py"), instance, schedule])
        {
            RedirectStandardOutput = true,
        })!;
        var output = checker.StandardOutput.ReadToEnd();
        checker.WaitForExit();
        using var json = JsonDocument.Parse(output);
        return (checker.ExitCode, json.RootElement.Clone());
    }
}
