using System.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace SupplierMeetups.Web.Platform.Persistence;

/// <summary>
/// Serializes check-then-write sequences (count, then insert) on one aggregate row, on both providers.
/// Open the transaction with <see cref="BeginWriteAsync"/>, then lock the row before reading what you check.
/// </summary>
public static class RowLocks
{
    /// <summary>
    /// SQLite: <c>BEGIN IMMEDIATE</c> (what Microsoft.Data.Sqlite runs for a serializable transaction): the database's
    /// write lock is taken at once, so everything read inside comes after every other writer's commit.
    /// PostgreSQL: read committed, so that each statement after the row lock sees what the previous holder committed
    /// (a serializable snapshot would be older than the lock and fail with a serialization error instead).
    /// </summary>
    public static async Task<IDbContextTransaction> BeginWriteAsync(this AppDbContext db, CancellationToken cancellationToken)
    {
        if (db.Database.IsNpgsql())
        {
            return await db.Database.BeginTransactionAsync(IsolationLevel.ReadCommitted, cancellationToken);
        }
        var turn = await SqliteWriterQueue.WaitAsync(db.Database.GetConnectionString() ?? "", cancellationToken);
        try
        {
            return new QueuedTransaction(await db.Database.BeginTransactionAsync(IsolationLevel.Serializable, cancellationToken), turn);
        }
        catch
        {
            turn.Dispose();
            throw;
        }
    }

    /// <summary>
    /// PostgreSQL: <c>SELECT ... FOR UPDATE</c> on the row, held until the transaction ends; a second caller waits here
    /// and then reads the first one's committed work. SQLite already holds the whole database's write lock.
    /// </summary>
    public static async Task LockRowAsync<TEntity>(this AppDbContext db, Guid id, CancellationToken cancellationToken) where TEntity : class
    {
        if (db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("A row lock outside a transaction is released at once: begin one with BeginWriteAsync first.");
        }
        if (!db.Database.IsNpgsql())
        {
            return;
        }
        var entity = db.Model.FindEntityType(typeof(TEntity)) ?? throw new InvalidOperationException($"{typeof(TEntity).Name} is not mapped.");
        var table = $"\"{entity.GetSchema()}\".\"{entity.GetTableName()}\"";
        var key = entity.FindPrimaryKey()!.Properties.Single().GetColumnName();
#pragma warning disable EF1002 // the table and column names come from the model, never from input; the id is a parameter
        await db.Database.ExecuteSqlRawAsync($"SELECT 1 FROM {table} WHERE \"{key}\" = {{0}} FOR UPDATE", [id], cancellationToken);
#pragma warning restore EF1002
    }

    /// <summary>
    /// For a check-then-insert with no row to lock yet (two invitations of one new firm): PostgreSQL holds an advisory
    /// lock on the key until the transaction ends; SQLite already holds the whole database's write lock.
    /// </summary>
    public static async Task LockKeyAsync(this AppDbContext db, string key, CancellationToken cancellationToken)
    {
        if (db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("A key lock outside a transaction is released at once: begin one with BeginWriteAsync first.");
        }
        if (db.Database.IsNpgsql())
        {
            await db.Database.ExecuteSqlRawAsync("SELECT pg_advisory_xact_lock(hashtextextended({0}, 0))", [key], cancellationToken);
        }
    }
}
