namespace SupplierMeetups.Cli;

internal static class MigrateCommand
{
    public static Task<int> RunAsync(string[] args)
    {
        Console.Error.WriteLine("migrate: not built yet");
        return Task.FromResult(1);
    }
}
