namespace SupplierMeetups.Cli;

internal static class Usage
{
    public static int Print()
    {
        Console.Error.WriteLine("""
            usage: suppliermeetups COMMAND [options]

              schedule INSTANCE.json [-o SCHEDULE.json] [--time-limit SECONDS] [--exact-work UNITS] [--explain]
                  schedule B2B meetings (format: shared/matchmaking/FORMAT.md); prints the weight, whether it is
                  optimal or how far below the upper bound, and with --explain where the bound comes from and why
                  meetings stay unscheduled; --exact-work caps the CP-SAT proof in deterministic seconds (0: off)
              migrate [--connection CONNECTION_STRING] [--provider Postgres|Sqlite]
                  apply database migrations (default: the configuration of the web app)
            """);
        return 2;
    }
}
