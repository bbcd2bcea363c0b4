using Microsoft.Data.Sqlite;
using Npgsql;

namespace SupplierMeetups.Web.Platform.Http;

/// <summary>
/// Database failures that say "try again shortly" rather than "this request is wrong": the server restarting or
/// refusing connections, a connection killed under a query, the pool exhausted, SQLite busy past its timeout.
/// </summary>
public static class TransientFaults
{
    public const int RetryAfterSeconds = 5;

    private const int SqliteBusy = 5;
    private const int SqliteLocked = 6;

    /// <summary>57P01 admin shutdown (pg_terminate_backend, a restart), 57P02 crash shutdown, 57P03 cannot connect now, 53300 too many connections.</summary>
    private static readonly HashSet<string> TransientSqlStates = ["57P01", "57P02", "57P03", "53300"];

    public static bool IsTransient(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                case PostgresException postgres when postgres.IsTransient || TransientSqlStates.Contains(postgres.SqlState) || postgres.SqlState.StartsWith("08", StringComparison.Ordinal):
                    return true;
                case PostgresException:
                    return false;
                case NpgsqlException npgsql when npgsql.IsTransient:
                    return true;
                case SqliteException sqlite when sqlite.SqliteErrorCode is SqliteBusy or SqliteLocked:
                    return true;
                case AggregateException aggregate when aggregate.InnerExceptions.Any(IsTransient):
                    return true;
            }
        }
        return false;
    }
}
