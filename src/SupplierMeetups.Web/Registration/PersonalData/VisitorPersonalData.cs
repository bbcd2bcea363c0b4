using Microsoft.EntityFrameworkCore;
using SupplierMeetups.Web.Events.Contracts;
using SupplierMeetups.Web.Platform.Audit;
using SupplierMeetups.Web.Platform.Email;
using SupplierMeetups.Web.Platform.Persistence;
using SupplierMeetups.Web.Registration.Consent;
using SupplierMeetups.Web.Registration.RegisterVisitor;

namespace SupplierMeetups.Web.Registration.PersonalData;

/// <summary>Everything the platform holds about a visitor (KVKK art. 11): the registration and the consent given.</summary>
public sealed record VisitorDataExport(
    Guid RegistrationId,
    string Event,
    string FullName,
    string Organization,
    string? Title,
    string Email,
    string? Phone,
    string? IdentityKind,
    string? IdentityNumber,
    string Language,
    DateTimeOffset RegisteredAt,
    DateTimeOffset? ConfirmedAt,
    string BadgeStatus,
    DateTimeOffset? ErasedAt,
    IReadOnlyList<ConsentExport> Consents);

/// <summary>A visitor's data: export as JSON and erasure that anonymizes without removing the registration.</summary>
public sealed class VisitorPersonalData(AppDbContext db, IEventQueries events, IdentityNumberProtector identityNumbers, PersonalDataTrail trail, OutboxErasure outbox, AuditLog audit, TimeProvider clock)
{
    public async Task<VisitorDataExport?> ExportAsync(Guid visitorId, CancellationToken cancellationToken)
    {
        var visitor = await db.Set<Visitor>().AsNoTracking().SingleOrDefaultAsync(v => v.Id == visitorId, cancellationToken);
        if (visitor is null)
        {
            return null;
        }
        var e = await events.GetAsync(visitor.EventId, cancellationToken);
        var consents = await trail.ConsentsAsync(PersonKinds.Visitor, visitorId, cancellationToken);
        return new VisitorDataExport(
            visitor.Id, e.Name(visitor.Language), visitor.FullName, visitor.Organization, visitor.Title, visitor.Email, visitor.Phone,
            visitor.IdentityKind?.ToString(), identityNumbers.Unprotect(visitor.ProtectedIdentityNumber), visitor.Language,
            visitor.RegisteredAt, visitor.ConfirmedAt, visitor.BadgeStatus.ToString(), visitor.ErasedAt,
            consents);
    }

    /// <summary>Anonymizes the visitor and strips the consent records of the address; both rows stay, so counts and proof stay.</summary>
    public async Task<bool> EraseAsync(Guid visitorId, CancellationToken cancellationToken)
    {
        var visitor = await db.Set<Visitor>().SingleOrDefaultAsync(v => v.Id == visitorId, cancellationToken);
        if (visitor is null)
        {
            return false;
        }
        if (visitor.IsErased)
        {
            // Asked again (a double click, a retried request): erased already, nothing more to do or to record.
            return true;
        }
        var now = clock.GetUtcNow();
        var address = visitor.Email;
        visitor.Erase(now);
        await outbox.EraseRecipientAsync(address, visitor.Email, visitor.FullName, cancellationToken);
        await trail.EraseAsync(PersonKinds.Visitor, visitorId, now, cancellationToken);
        await audit.RecordErasureAsync(PersonKinds.Visitor, visitorId, visitor.EventId, null, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }
}
