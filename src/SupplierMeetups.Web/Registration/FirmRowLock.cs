using Microsoft.EntityFrameworkCore;
using SupplierMeetups.Web.Platform.Persistence;

namespace SupplierMeetups.Web.Registration;

/// <summary>
/// A firm's qualifications and certificates are one JSON column of its row, so two edits at the same instant would
/// each write the list they read and one would be lost (or a certificate sent twice at once would be added twice).
/// Edits hold the row's lock and read the firm again under it.
/// </summary>
public static class FirmRowLock
{
    /// <summary>
    /// Runs <paramref name="change"/> on the firm as committed now (the caller's copy if the row is gone), inside a
    /// write transaction holding the firm's row lock, and commits what it saved.
    /// </summary>
    public static async Task<T> ChangeLockedFirmAsync<T>(this AppDbContext db, Firm firm, Func<Firm, Task<T>> change, CancellationToken cancellationToken)
    {
        await using var transaction = await db.BeginWriteAsync(cancellationToken);
        await db.LockRowAsync<Firm>(firm.Id, cancellationToken);
        // The caller's copy was read before the lock; the tracked one would be answered again instead of the row.
        db.ChangeTracker.Clear();
        var locked = await db.Set<Firm>().SingleOrDefaultAsync(f => f.Id == firm.Id, cancellationToken);
        var result = await change(locked ?? firm);
        await transaction.CommitAsync(cancellationToken);
        return result;
    }
}
