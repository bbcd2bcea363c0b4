using Microsoft.EntityFrameworkCore;
using SupplierMeetups.Web.Platform.Messaging;
using SupplierMeetups.Web.Platform.Persistence;
using SupplierMeetups.Web.Registration.Contracts;

namespace SupplierMeetups.Web.Registration.RegisterVisitor;

/// <summary>
/// The confirmed address earns the badge, e-mailed with the same save. Under the visitor's row lock a second
/// confirmation (a double click, two tabs) finds the first one's work and changes nothing.
/// </summary>
public sealed class VisitorConfirmation(AppDbContext db, IModuleEvents moduleEvents, TimeProvider clock)
{
    /// <returns>False when there is no such visitor.</returns>
    public async Task<bool> ConfirmAsync(Guid visitorId, CancellationToken cancellationToken)
    {
        await using var transaction = await db.BeginWriteAsync(cancellationToken);
        await db.LockRowAsync<Visitor>(visitorId, cancellationToken);
        if (await db.Set<Visitor>().SingleOrDefaultAsync(v => v.Id == visitorId, cancellationToken) is not { } visitor)
        {
            return false;
        }
        if (visitor.ConfirmedAt is null && !visitor.IsErased)
        {
            visitor.Confirm(clock.GetUtcNow());
            await moduleEvents.PublishAsync(new VisitorConfirmed(visitor.EventId, visitor.Id, visitor.FullName, visitor.Organization, visitor.Email, visitor.Language), cancellationToken);
            visitor.BadgeStatus = BadgeStatus.Ready;
            await db.SaveChangesAsync(cancellationToken);
        }
        await transaction.CommitAsync(cancellationToken);
        return true;
    }
}
