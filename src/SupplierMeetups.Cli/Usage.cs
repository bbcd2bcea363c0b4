namespace SupplierMeetups.Cli;

internal static class Usage
{
    public static int Print()
    {
        Console.Error.WriteLine("""
            usage: suppliermeetups COMMAND [options]

              schedule INSTANCE.json [-o SCHEDULE.json] [--time-limit SECONDS] [--explain]
                  schedule B2B meetings (format: shared/matchmaking/FORMAT.md)
              migrate [--connection CONNECTION_STRING] [--provider Postgres|Sqlite]
                  apply database migrations (default: the configuration of the web app)
            """);
        return 2;
    }
}
