using Microsoft.EntityFrameworkCore.Storage;

namespace SupplierMeetups.Web.Platform.Persistence;

/// <summary>A SQLite write transaction that gives up its <see cref="SqliteWriterQueue"/> turn when it ends.</summary>
internal sealed class QueuedTransaction(IDbContextTransaction inner, IDisposable turn) : IDbContextTransaction
{
    public Guid TransactionId => inner.TransactionId;

    public void Commit() => inner.Commit();

    public Task CommitAsync(CancellationToken cancellationToken = default) => inner.CommitAsync(cancellationToken);

    public void Rollback() => inner.Rollback();

    public Task RollbackAsync(CancellationToken cancellationToken = default) => inner.RollbackAsync(cancellationToken);

    public void Dispose()
    {
        inner.Dispose();
        turn.Dispose();
    }

    public async ValueTask DisposeAsync()
    {
        await inner.DisposeAsync();
        turn.Dispose();
    }
}
