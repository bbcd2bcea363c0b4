using System.Diagnostics;
using SupplierMeetups.Scheduling;

namespace SupplierMeetups.Cli;

/// <summary>`schedule INSTANCE.json [-o SCHEDULE.json] [--time-limit SECONDS] [--exact-work UNITS] [--explain]` (FORMAT.md in, FORMAT.md out).</summary>
internal static class ScheduleCommand
{
    public static int Run(string[] args) => Run(args, Console.Out, Console.Error);

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        string? instancePath = null, outputPath = null;
        TimeSpan? timeLimit = null;
        var options = new SolveOptions();
        var explain = false;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "-o" or "--output" when i + 1 < args.Length:
                    outputPath = args[++i];
                    break;
                case "--time-limit" when i + 1 < args.Length && double.TryParse(args[i + 1],
                    System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var seconds) && seconds > 0:
                    timeLimit = TimeSpan.FromSeconds(seconds);
                    i++;
                    break;
                case "--exact-work" when i + 1 < args.Length && double.TryParse(args[i + 1],
                    System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var work) && work >= 0:
                    options = options with { ExactWork = work };
                    i++;
                    break;
                case "--explain":
                    explain = true;
                    break;
                case var arg when instancePath is null && !arg.StartsWith('-'):
                    instancePath = arg;
                    break;
                default:
                    stderr.WriteLine($"schedule: unexpected argument '{args[i]}'");
                    return Usage.Print();
            }
        }

        if (instancePath is null) return Usage.Print();
        var stopwatch = Stopwatch.StartNew();
        try
        {
            var problem = InstanceJson.ReadInstance(File.ReadAllText(instancePath));
            var result = Scheduler.Solve(problem, options with { TimeLimit = timeLimit });
            var json = InstanceJson.WriteSchedule(result);
            if (outputPath is null) stdout.Write(json);
            else WriteAtomically(outputPath, json);
            stderr.WriteLine($"schedule: weight {result.Weight} ({BoundVerdict.Of(result)}), scheduled {result.Assignments.Count}/{problem.Meetings.Count}, "
                             + $"gaps {result.Gaps}, "
                             + (result.PreferencesAsked > 0 ? $"preferred slots {result.PreferencesMet}/{result.PreferencesAsked}, " : "")
                             + $"time {stopwatch.Elapsed.TotalSeconds:0.000} s"
                             + (result.TimeLimitReached ? " (time limit reached)" : ""));
            if (explain)
            {
                stderr.WriteLine($"bound {result.UpperBound}: {BoundVerdict.Source(result)}");
                foreach (var meeting in result.Unscheduled) stderr.WriteLine($"unscheduled {meeting.Meeting}: {meeting.Reason}");
            }

            return 0;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"schedule: {e.Message}");
            return 2;
        }
        catch (InstanceFormatException e)
        {
            stderr.WriteLine($"schedule: {instancePath}: {e.Message}");
            return 2;
        }
        catch (InvalidSchedulingProblemException e)
        {
            foreach (var error in e.Errors) stderr.WriteLine($"schedule: {instancePath}: {error}");
            return 2;
        }
    }

    private static void WriteAtomically(string path, string content)
    {
        var full = Path.GetFullPath(path);
        var temp = Path.Combine(Path.GetDirectoryName(full)!, $".{Path.GetFileName(full)}.{Environment.ProcessId}.tmp");
        try
        {
            File.WriteAllText(temp, content);
            File.Move(temp, full, overwrite: true);
        }
        finally
        {
            if (File.Exists(temp)) File.Delete(temp);
        }
    }
}
