using Microsoft.Data.Sqlite;
using Npgsql;

namespace SupplierMeetups.Web.Platform.Persistence;

/// <summary>
/// One instance at a time migrates and seeds a database, however many start together: the others wait, then find
/// the roles, the first organizer and the demo already there. PostgreSQL: a session advisory lock on a connection
/// of its own, held until disposed. SQLite: an exclusive lock on a file beside the database (a lock inside SQLite
/// would block the seeding's own writes).
/// </summary>
internal static class StartupLock
{
    // "SMstart" in ASCII: any constant will do, as long as every instance uses the same one.
    private const long AdvisoryKey = 0x534D_7374_6172_74;

    public static async Task<IAsyncDisposable> AcquireAsync(DatabaseOptions database, CancellationToken cancellationToken)
    {
        if (database.Provider == DatabaseProvider.Postgres)
        {
            var connection = new NpgsqlConnection(database.ConnectionString);
            await connection.OpenAsync(cancellationToken);
            // No command timeout: the wait lasts as long as another instance's migrations and demo load, which may be minutes.
            await using var command = new NpgsqlCommand("SELECT pg_advisory_lock(@key)", connection) { CommandTimeout = 0 };
            command.Parameters.AddWithValue("key", AdvisoryKey);
            await command.ExecuteNonQueryAsync(cancellationToken);
            return new AdvisoryLock(connection);
        }
        var file = new SqliteConnectionStringBuilder(database.ConnectionString).DataSource;
        if (string.IsNullOrEmpty(file) || file == ":memory:")
        {
            return new Released();
        }
        var path = Path.GetFullPath(file) + ".startup-lock";
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        while (true)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(100), cancellationToken);
            }
        }
    }

    private sealed class AdvisoryLock(NpgsqlConnection connection) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            // Closing the session releases the lock too; unlocking first keeps a pooled session from carrying it on.
            await using (var command = new NpgsqlCommand("SELECT pg_advisory_unlock(@key)", connection))
            {
                command.Parameters.AddWithValue("key", AdvisoryKey);
                await command.ExecuteNonQueryAsync();
            }
            await connection.DisposeAsync();
        }
    }

    private sealed class Released : IAsyncDisposable
    {
        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
