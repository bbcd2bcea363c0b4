using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SupplierMeetups.Web.Events.Contracts;
using SupplierMeetups.Web.Identity.Contracts;
using SupplierMeetups.Web.Platform.Audit;
using SupplierMeetups.Web.Platform.Email;
using SupplierMeetups.Web.Platform.Messaging;
using SupplierMeetups.Web.Platform.Persistence;
using SupplierMeetups.Web.Platform.Refusals;

namespace SupplierMeetups.Web.Registration.ReviewFirms;

public sealed record PendingFirm(Firm Firm, Participation Participation, IReadOnlyList<Firm> LookAlikes);

/// <summary>
/// Organizers approve or reject a firm's participation; the contact hears of it by e-mail, and the other modules react to
/// <see cref="FirmApproved"/> or <see cref="FirmRejected"/> (Badges issues each named representative's badge: Badges/IssueBadges/RepresentativeBadges.cs), all in the same save. The participation's row lock keeps a representative added at
/// the same moment from missing their badge.
/// </summary>
public sealed class FirmReview(
    AppDbContext db, IAccountQueries accounts, IEventQueries events, EmailOutbox outbox, RegistrationEmails emails, IModuleEvents moduleEvents, AuditLog audit, TimeProvider clock, IStringLocalizer<SharedResource> l)
{
    public async Task<IReadOnlyList<PendingFirm>> PendingAsync(Guid eventId, CancellationToken cancellationToken)
    {
        var pending = await db.Set<Participation>().AsNoTracking()
            .Where(p => p.EventId == eventId && p.Status == ParticipationStatus.Pending).ToListAsync(cancellationToken);
        var firms = await db.Set<Firm>().AsNoTracking().ToListAsync(cancellationToken);
        var byId = firms.ToDictionary(f => f.Id);
        return pending.OrderBy(p => p.RegisteredAt)
            .Select(p => new PendingFirm(byId[p.FirmId], p, firms.Where(other => DuplicateFirms.AreLikely(byId[p.FirmId], other)).ToList()))
            .ToList();
    }

    /// <summary>Null when the firm is approved (or already was); a 404 refusal when the event has no such firm.</summary>
    public Task<Refusal?> ApproveAsync(Guid eventId, Guid firmId, CancellationToken cancellationToken) =>
        DecideAsync(eventId, firmId, ParticipationStatus.Approved, null, cancellationToken);

    /// <summary>Null when the firm is rejected (or already was); refused at the field "Reason" without one, 404 without the firm.</summary>
    public Task<Refusal?> RejectAsync(Guid eventId, Guid firmId, string? reason, CancellationToken cancellationToken) =>
        string.IsNullOrWhiteSpace(reason)
            ? Task.FromResult<Refusal?>(Refusal.AtField("Reason", l["Give the firm a reason for the rejection."]))
            : DecideAsync(eventId, firmId, ParticipationStatus.Rejected, reason.Trim(), cancellationToken);

    private async Task<Refusal?> DecideAsync(Guid eventId, Guid firmId, ParticipationStatus status, string? reason, CancellationToken cancellationToken)
    {
        await using var transaction = await db.BeginWriteAsync(cancellationToken);
        var participationId = await db.Set<Participation>().Where(p => p.EventId == eventId && p.FirmId == firmId).Select(p => (Guid?)p.Id).SingleOrDefaultAsync(cancellationToken);
        var firm = await db.Set<Firm>().SingleOrDefaultAsync(f => f.Id == firmId, cancellationToken);
        var e = await events.FindAsync(eventId, cancellationToken);
        if (participationId is not { } id || firm is null || e is null)
        {
            return new Refusal(l["There is no such firm in this event."], StatusCodes.Status404NotFound);
        }
        await db.LockRowAsync<Participation>(id, cancellationToken);
        var participation = await db.Set<Participation>().SingleAsync(p => p.Id == id, cancellationToken);
        if (participation.Status == status)
        {
            // A second click, or two organizers at once: read under the row lock, the decision stands and nobody is told twice.
            return null;
        }
        participation.Status = status;
        participation.RejectionReason = reason;
        participation.ReviewedAt = clock.GetUtcNow();
        if (participation.ContactUserId is { } contactId && await accounts.FindAsync(contactId, cancellationToken) is { Email.Length: > 0 } contact)
        {
            var email = status == ParticipationStatus.Approved ? emails.Approved(contact, firm, e) : emails.Rejected(contact, firm, e, reason!);
            outbox.Add(contact.Email, contact.FullName, email, status == ParticipationStatus.Approved ? EmailKind.FirmApproved : EmailKind.FirmRejected, contact.PreferredLanguage);
        }
        if (status == ParticipationStatus.Approved)
        {
            await moduleEvents.PublishAsync(new FirmApproved(eventId, firmId, participation.Id), cancellationToken);
        }
        else
        {
            await moduleEvents.PublishAsync(new FirmRejected(eventId, firmId, participation.Id), cancellationToken);
        }
        await audit.RecordAsync(status == ParticipationStatus.Approved ? AuditActions.FirmApproved : AuditActions.FirmRejected, "firm", firmId, eventId,
            reason is null ? firm.ShortName : $"{firm.ShortName}: {reason}", cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return null;
    }
}
