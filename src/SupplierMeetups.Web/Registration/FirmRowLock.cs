using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using SupplierMeetups.Web.Platform.Persistence;

namespace SupplierMeetups.Web.Registration;

/// <summary>
/// A firm's qualifications and certificates are one JSON column of its row, so two edits at the same instant would
/// each write the list they read and one would be lost (or a certificate sent twice at once would be added twice).
/// Edits hold the row's lock and read the firm again under it.
/// </summary>
public static class FirmRowLock
{
    /// <summary>Opens the write transaction, locks the firm's row and answers the firm as committed now (null if it is gone).</summary>
    public static async Task<(IDbContextTransaction Transaction, Firm? Firm)> LockFirmAsync(this AppDbContext db, Guid firmId, CancellationToken cancellationToken)
    {
        var transaction = await db.BeginWriteAsync(cancellationToken);
        try
        {
            await db.LockRowAsync<Firm>(firmId, cancellationToken);
            // The caller's copy was read before the lock; the tracked one would be answered again instead of the row.
            db.ChangeTracker.Clear();
            return (transaction, await db.Set<Firm>().SingleOrDefaultAsync(f => f.Id == firmId, cancellationToken));
        }
        catch
        {
            await transaction.DisposeAsync();
            throw;
        }
    }
}
