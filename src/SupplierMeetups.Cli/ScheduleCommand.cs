namespace SupplierMeetups.Cli;

// Filled in by the scheduling-engine work (issue 5).
internal static class ScheduleCommand
{
    public static int Run(string[] args)
    {
        Console.Error.WriteLine("schedule: not built yet");
        return 1;
    }
}
