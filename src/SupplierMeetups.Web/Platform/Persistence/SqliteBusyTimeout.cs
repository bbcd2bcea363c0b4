using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;
using SQLitePCL;

namespace SupplierMeetups.Web.Platform.Persistence;

/// <summary>
/// Lets SQLite itself wait for a busy database, in steps of a few milliseconds. Without a busy timeout
/// Microsoft.Data.Sqlite retries a locked statement after a blocking 150 ms sleep: under concurrent writes
/// (registrations, the e-mail dispatcher) threads then sleep while the database is long free again.
/// </summary>
internal sealed class SqliteBusyTimeout : DbConnectionInterceptor
{
    public static readonly SqliteBusyTimeout Instance = new();
    // synchronous=NORMAL: in WAL mode a commit no longer waits for the disk, only checkpoints do. The database cannot be
    // corrupted by it; a power cut (not a crash of the app) may lose the last commits. PostgreSQL is the choice for a
    // fair whose data must survive the machine.
    private const string Pragma = "PRAGMA busy_timeout = 30000; PRAGMA synchronous = NORMAL;";

    private static readonly ConditionalWeakTable<sqlite3, object> Prepared = [];

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        if (!IsNew(connection))
        {
            return;
        }
        using var command = connection.CreateCommand();
        command.CommandText = Pragma;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (!IsNew(connection))
        {
            return;
        }
        await using var command = connection.CreateCommand();
        command.CommandText = Pragma;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>True the first time a native connection is seen (a handle the pool hands out again is not new).</summary>
    private static bool IsNew(DbConnection connection) =>
        connection is not SqliteConnection { Handle: { } handle } || Prepared.TryAdd(handle, Prepared);
}
