using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SupplierMeetups.Web.Events.Contracts;
using SupplierMeetups.Web.Exhibition.Booths;
using SupplierMeetups.Web.Exhibition.Contracts;
using SupplierMeetups.Web.Identity.Contracts;
using SupplierMeetups.Web.Platform.Audit;
using SupplierMeetups.Web.Platform.Email;
using SupplierMeetups.Web.Platform.Localization;
using SupplierMeetups.Web.Platform.Messaging;
using SupplierMeetups.Web.Platform.Persistence;
using SupplierMeetups.Web.Platform.Refusals;

namespace SupplierMeetups.Web.Exhibition.AssignBooth;

/// <summary>
/// Gives a booth to a firm (held until a time, or confirmed) and takes it back. The booth's version is the
/// concurrency token: of two organizers assigning the same booth at once, the second save fails and is told so.
/// A confirmation queues the firm's e-mail and publishes <see cref="BoothConfirmed"/> in the same save (Badges puts the
/// booth on the representatives' badges; no new badge e-mail: every download and print renders the badge's row).
/// Null is done; a refusal is 404 without the booth, 400 at "FirmId" for a firm that is no approved exhibitor, 409 otherwise.
/// </summary>
public sealed class BoothAssigner(AppDbContext db, TimeProvider clock, EmailOutbox outbox, BoothEmails emails, IAccountQueries accounts, IEventQueries events, IParticipantFirms participantFirms, IModuleEvents moduleEvents, AuditLog audit, IStringLocalizer<SharedResource> l)
{
    public async Task<Refusal?> AssignAsync(Guid eventId, Guid boothId, Guid firmId, Guid? expectedVersion, bool hold, CancellationToken cancellationToken)
    {
        var booth = await db.Set<Booth>().SingleOrDefaultAsync(b => b.Id == boothId && b.EventId == eventId, cancellationToken);
        if (booth is null) return NotFound();
        var outcome = await StageAsync(booth, firmId, expectedVersion, hold, cancellationToken);
        return outcome ?? await SaveAsync(cancellationToken);
    }

    public async Task<Refusal?> ReleaseAsync(Guid eventId, Guid boothId, Guid? expectedVersion, CancellationToken cancellationToken)
    {
        var booth = await db.Set<Booth>().SingleOrDefaultAsync(b => b.Id == boothId && b.EventId == eventId, cancellationToken);
        if (booth is null) return NotFound();
        if (expectedVersion is { } version && version != booth.Version) return Stale();
        var existing = await db.Set<BoothAssignment>().SingleOrDefaultAsync(a => a.BoothId == boothId, cancellationToken);
        if (existing is not null)
        {
            db.Remove(existing);
            booth.Touch();
            await audit.RecordAsync(AuditActions.BoothReleased, "booth", booth.Id, eventId, $"{booth.Code}: firm {existing.FirmId}", cancellationToken);
            if (existing.IsConfirmed)
            {
                await moduleEvents.PublishAsync(new BoothReleased(eventId, existing.FirmId, booth.Id), cancellationToken);
            }
        }
        return await SaveAsync(cancellationToken);
    }

    /// <summary>Applies several placements as one unit: all or none (used to confirm a proposal); a refusal names the booth ("B-12: …").</summary>
    public async Task<Refusal?> AssignAllAsync(Guid eventId, IReadOnlyList<(Guid BoothId, Guid FirmId)> placements, CancellationToken cancellationToken)
    {
        var ids = placements.Select(p => p.BoothId).ToList();
        var booths = await db.Set<Booth>().Where(b => b.EventId == eventId && ids.Contains(b.Id)).ToDictionaryAsync(b => b.Id, cancellationToken);
        foreach (var (boothId, firmId) in placements)
        {
            if (!booths.TryGetValue(boothId, out var booth)) return NotFound() with { Message = l["{0}: {1}", "", NotFound().Message] };
            var outcome = await StageAsync(booth, firmId, null, hold: false, cancellationToken);
            if (outcome is not null) return outcome with { Message = l["{0}: {1}", booth.Code, outcome.Message] };
        }
        return await SaveAsync(cancellationToken);
    }

    private async Task<Refusal?> StageAsync(Booth booth, Guid firmId, Guid? expectedVersion, bool hold, CancellationToken cancellationToken)
    {
        if (expectedVersion is { } version && version != booth.Version) return Stale();
        if (booth.Restriction != BoothRestriction.None) return Conflict(l["This booth is blocked or reserved."]);
        var participation = await participantFirms.OfFirmAsync(booth.EventId, firmId, cancellationToken);
        if (participation is not { Type: ParticipationType.Exhibitor, Status: ParticipationStatus.Approved }) return Refusal.AtField("FirmId", l["The firm is not an approved exhibitor of this event."]);

        var now = clock.GetUtcNow();
        var existing = await db.Set<BoothAssignment>().SingleOrDefaultAsync(a => a.BoothId == booth.Id, cancellationToken);
        if (existing is not null && !existing.IsExpired(now) && existing.FirmId != firmId) return Conflict(l["This booth is held by another firm. Release it first."]);

        var settings = await db.Set<ExhibitionSettings>().AsNoTracking().SingleOrDefaultAsync(s => s.EventId == booth.EventId, cancellationToken) ?? new ExhibitionSettings();
        if (!settings.AllowSeveralBoothsPerFirm)
        {
            var others = await db.Set<BoothAssignment>().Where(a => a.EventId == booth.EventId && a.FirmId == firmId && a.BoothId != booth.Id).ToListAsync(cancellationToken);
            var pending = db.ChangeTracker.Entries<BoothAssignment>().Where(e => e.State == EntityState.Added).Select(e => e.Entity)
                .Where(a => a.EventId == booth.EventId && a.FirmId == firmId && a.BoothId != booth.Id);
            if (others.Concat(pending).Any(a => !a.IsExpired(now))) return Conflict(l["The firm holds a booth already, and this event gives one booth per firm."]);
        }

        var wasConfirmed = existing is { IsConfirmed: true } && existing.FirmId == firmId;
        var assignment = existing ?? new BoothAssignment { EventId = booth.EventId, BoothId = booth.Id };
        if (existing is null) db.Add(assignment);
        assignment.FirmId = firmId;
        assignment.AssignedAt = now;
        assignment.HeldUntil = hold ? now.AddHours(settings.HoldHours) : null;
        booth.Touch();
        if (!hold && !wasConfirmed)
        {
            await QueueConfirmationAsync(booth, participation, cancellationToken);
        }
        if (!hold)
        {
            await moduleEvents.PublishAsync(new BoothConfirmed(booth.EventId, firmId, booth.Id, booth.Code), cancellationToken);
        }
        else if (wasConfirmed)
        {
            await moduleEvents.PublishAsync(new BoothReleased(booth.EventId, firmId, booth.Id), cancellationToken);
        }
        await audit.RecordAsync(AuditActions.BoothAssigned, "booth", booth.Id, booth.EventId, $"{booth.Code}: firm {firmId}{(hold ? " (hold)" : "")}", cancellationToken);
        return null;
    }

    private async Task QueueConfirmationAsync(Booth booth, ParticipantFirm participation, CancellationToken cancellationToken)
    {
        if (participation.ContactUserId is not { } userId || await accounts.FindAsync(userId, cancellationToken) is not { Email: { Length: > 0 } email } contact) return;
        var fair = await events.FindAsync(booth.EventId, cancellationToken) ?? throw new InvalidOperationException($"The event {booth.EventId} of booth {booth.Id} is gone.");
        var message = emails.Confirmed(contact.PreferredLanguage, contact.FullName, participation.ShortName, fair.Name(contact.PreferredLanguage), booth, booth.EventId);
        outbox.Add(email, contact.FullName, message, EmailKind.BoothConfirmed, contact.PreferredLanguage);
    }

    private async Task<Refusal?> SaveAsync(CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return null;
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return Stale();
        }
        catch (DbUpdateException)
        {
            // The unique index on the booth: someone else's assignment landed first.
            db.ChangeTracker.Clear();
            return Stale();
        }
    }

    private Refusal NotFound() => new(l["There is no such booth."], StatusCodes.Status404NotFound);

    private Refusal Stale() => Conflict(l["Another organizer changed this booth a moment ago. Reload the plan and check before you assign it."]);

    private Refusal Conflict(string message) => new(message, StatusCodes.Status409Conflict, Title: l["The data was changed by someone else."]);
}
