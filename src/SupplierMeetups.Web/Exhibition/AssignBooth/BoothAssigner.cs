using Microsoft.EntityFrameworkCore;
using SupplierMeetups.Web.Events.Contracts;
using SupplierMeetups.Web.Exhibition.Booths;
using SupplierMeetups.Web.Exhibition.Contracts;
using SupplierMeetups.Web.Identity.Contracts;
using SupplierMeetups.Web.Platform.Audit;
using SupplierMeetups.Web.Platform.Email;
using SupplierMeetups.Web.Platform.Messaging;
using SupplierMeetups.Web.Platform.Persistence;

namespace SupplierMeetups.Web.Exhibition.AssignBooth;

public enum AssignOutcome
{
    Done,
    NotFound,
    StaleVersion,
    HeldByAnotherFirm,
    NotAvailable,
    NotAnApprovedExhibitor,
    FirmHasABooth,
}

/// <summary>
/// Gives a booth to a firm (held until a time, or confirmed) and takes it back. The booth's version is the
/// concurrency token: of two organizers assigning the same booth at once, the second save fails and is told so.
/// A confirmation queues the firm's e-mail and publishes <see cref="BoothConfirmed"/> in the same save (Badges puts the
/// booth on the representatives' badges; no new badge e-mail: every download and print renders the badge's row).
/// </summary>
public sealed class BoothAssigner(AppDbContext db, TimeProvider clock, EmailOutbox outbox, BoothEmails emails, IAccountQueries accounts, IEventQueries events, IParticipantFirms participantFirms, IModuleEvents moduleEvents, AuditLog audit)
{
    public async Task<AssignOutcome> AssignAsync(Guid eventId, Guid boothId, Guid firmId, Guid? expectedVersion, bool hold, CancellationToken cancellationToken)
    {
        var booth = await db.Set<Booth>().SingleOrDefaultAsync(b => b.Id == boothId && b.EventId == eventId, cancellationToken);
        if (booth is null) return AssignOutcome.NotFound;
        var outcome = await StageAsync(booth, firmId, expectedVersion, hold, cancellationToken);
        return outcome == AssignOutcome.Done ? await SaveAsync(cancellationToken) : outcome;
    }

    public async Task<AssignOutcome> ReleaseAsync(Guid eventId, Guid boothId, Guid? expectedVersion, CancellationToken cancellationToken)
    {
        var booth = await db.Set<Booth>().SingleOrDefaultAsync(b => b.Id == boothId && b.EventId == eventId, cancellationToken);
        if (booth is null) return AssignOutcome.NotFound;
        if (expectedVersion is { } version && version != booth.Version) return AssignOutcome.StaleVersion;
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

    /// <summary>Applies several placements as one unit: all or none (used to confirm a proposal).</summary>
    public async Task<(AssignOutcome Outcome, string? BoothCode)> AssignAllAsync(Guid eventId, IReadOnlyList<(Guid BoothId, Guid FirmId)> placements, CancellationToken cancellationToken)
    {
        var ids = placements.Select(p => p.BoothId).ToList();
        var booths = await db.Set<Booth>().Where(b => b.EventId == eventId && ids.Contains(b.Id)).ToDictionaryAsync(b => b.Id, cancellationToken);
        foreach (var (boothId, firmId) in placements)
        {
            if (!booths.TryGetValue(boothId, out var booth)) return (AssignOutcome.NotFound, null);
            var outcome = await StageAsync(booth, firmId, null, hold: false, cancellationToken);
            if (outcome != AssignOutcome.Done) return (outcome, booth.Code);
        }
        return (await SaveAsync(cancellationToken), null);
    }

    private async Task<AssignOutcome> StageAsync(Booth booth, Guid firmId, Guid? expectedVersion, bool hold, CancellationToken cancellationToken)
    {
        if (expectedVersion is { } version && version != booth.Version) return AssignOutcome.StaleVersion;
        if (booth.Restriction != BoothRestriction.None) return AssignOutcome.NotAvailable;
        var participation = await participantFirms.OfFirmAsync(booth.EventId, firmId, cancellationToken);
        if (participation is not { Type: ParticipationType.Exhibitor, Status: ParticipationStatus.Approved }) return AssignOutcome.NotAnApprovedExhibitor;

        var now = clock.GetUtcNow();
        var existing = await db.Set<BoothAssignment>().SingleOrDefaultAsync(a => a.BoothId == booth.Id, cancellationToken);
        if (existing is not null && !existing.IsExpired(now) && existing.FirmId != firmId) return AssignOutcome.HeldByAnotherFirm;

        var settings = await db.Set<ExhibitionSettings>().AsNoTracking().SingleOrDefaultAsync(s => s.EventId == booth.EventId, cancellationToken) ?? new ExhibitionSettings();
        if (!settings.AllowSeveralBoothsPerFirm)
        {
            var others = await db.Set<BoothAssignment>().Where(a => a.EventId == booth.EventId && a.FirmId == firmId && a.BoothId != booth.Id).ToListAsync(cancellationToken);
            var pending = db.ChangeTracker.Entries<BoothAssignment>().Where(e => e.State == EntityState.Added).Select(e => e.Entity)
                .Where(a => a.EventId == booth.EventId && a.FirmId == firmId && a.BoothId != booth.Id);
            if (others.Concat(pending).Any(a => !a.IsExpired(now))) return AssignOutcome.FirmHasABooth;
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
        return AssignOutcome.Done;
    }

    private async Task QueueConfirmationAsync(Booth booth, ParticipantFirm participation, CancellationToken cancellationToken)
    {
        if (participation.ContactUserId is not { } userId || await accounts.FindAsync(userId, cancellationToken) is not { Email: { Length: > 0 } email } contact) return;
        var fair = await events.FindAsync(booth.EventId, cancellationToken) ?? throw new InvalidOperationException($"The event {booth.EventId} of booth {booth.Id} is gone.");
        var message = emails.Confirmed(contact.PreferredLanguage, contact.FullName, participation.ShortName, fair.Name(contact.PreferredLanguage), booth, booth.EventId);
        outbox.Add(email, contact.FullName, message, "booth-confirmed");
    }

    private async Task<AssignOutcome> SaveAsync(CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return AssignOutcome.Done;
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return AssignOutcome.StaleVersion;
        }
        catch (DbUpdateException)
        {
            // The unique index on the booth: someone else's assignment landed first.
            db.ChangeTracker.Clear();
            return AssignOutcome.StaleVersion;
        }
    }
}
