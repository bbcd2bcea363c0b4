using Microsoft.EntityFrameworkCore;
using SupplierMeetups.Web.Platform.Persistence;

namespace SupplierMeetups.Web.Platform.Email;

/// <summary>
/// Erasure reaches the outbox: the copies of e-mails addressed to an erased person lose address, name, subject and
/// bodies, and the unsent ones are cancelled. Changes are tracked in the caller's unit of work, saved with the erasure.
/// </summary>
public sealed class OutboxErasure(AppDbContext db, TimeProvider clock)
{
    public async Task EraseRecipientAsync(string address, string erasedAddress, string erasedName, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(address))
        {
            return;
        }
        var normalized = address.Trim().ToUpperInvariant();
        var now = clock.GetUtcNow();
        var rows = await db.Set<OutgoingEmail>().Where(e => e.ToAddress.ToUpper() == normalized).ToListAsync(cancellationToken);
        foreach (var row in rows)
        {
            row.EraseRecipient(erasedAddress, erasedName, now);
        }
    }
}
