namespace SupplierMeetups.Cli;

/// <summary>`suppliermeetups COMMAND ...`: each command lives in its own file and returns the exit code (0 success, 1 failure, 2 bad input or usage).</summary>
internal static class Program
{
    public static async Task<int> Main(string[] args) => args.FirstOrDefault() switch
    {
        "schedule" => ScheduleCommand.Run(args[1..]),
        "migrate" => await MigrateCommand.RunAsync(args[1..]),
        _ => Usage.Print(),
    };
}
