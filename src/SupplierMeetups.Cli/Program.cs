using SupplierMeetups.Cli;

// `suppliermeetups COMMAND ...`: each command lives in its own file and returns the process exit code
// (0 success, 1 failure, 2 bad input or usage).
return args.FirstOrDefault() switch
{
    "schedule" => ScheduleCommand.Run(args[1..]),
    "migrate" => await MigrateCommand.RunAsync(args[1..]),
    _ => Usage.Print(),
};
