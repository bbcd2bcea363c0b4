using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SupplierMeetups.Web.Matchmaking.Contracts;
using SupplierMeetups.Web.Platform.Audit;
using SupplierMeetups.Web.Platform.Localization;
using SupplierMeetups.Web.Platform.Messaging;
using SupplierMeetups.Web.Platform.Persistence;
using SupplierMeetups.Web.Platform.Refusals;

namespace SupplierMeetups.Web.Matchmaking.PublishSchedule;

/// <summary>
/// Publishes the draft the organizer reviewed: placed meetings become fixed, and only the firms whose agenda
/// changed are told, in the same transaction. The schedule row's version makes a second, simultaneous publish lose.
/// </summary>
public sealed class SchedulePublisher(AppDbContext db, TimeProvider clock, AgendaNotices notices, AuditLog audit, IStringLocalizer<SharedResource> l, IModuleEvents moduleEvents)
{
    public async Task<Outcome<PublishResult>> PublishAsync(Guid eventId, Guid? reviewedVersion, CancellationToken cancellationToken)
    {
        var schedule = await db.Set<EventSchedule>().SingleOrDefaultAsync(s => s.EventId == eventId, cancellationToken);
        if (schedule?.DraftedAt is null)
        {
            return new Refusal(l["There is no draft schedule yet."], StatusCodes.Status409Conflict);
        }
        if (reviewedVersion is { } version && version != schedule.Version)
        {
            return Lost();
        }
        var placed = await db.Set<MeetingRequest>()
            .Where(r => r.EventId == eventId && r.Status == RequestStatus.Accepted && r.Slot != null).ToListAsync(cancellationToken);
        var changed = new HashSet<Guid>();
        foreach (var meeting in placed.Where(r => r.Slot != r.PublishedSlot || r.Table != r.PublishedTable))
        {
            (meeting.PublishedSlot, meeting.PublishedTable) = (meeting.Slot, meeting.Table);
            changed.Add(meeting.PrimeId);
            changed.Add(meeting.SupplierId);
            await moduleEvents.PublishAsync(new MeetingScheduled(eventId, meeting.Id, meeting.PrimeId, meeting.SupplierId, meeting.Slot!, meeting.Table ?? ""), cancellationToken);
        }
        await notices.AddChangedAsync(eventId, changed, cancellationToken);
        schedule.PublishedAt = clock.GetUtcNow();
        schedule.Version = Guid.NewGuid();
        await audit.RecordAsync(AuditActions.SchedulePublished, "schedule", eventId, eventId, $"{placed.Count} meetings, {changed.Count} firms told", cancellationToken);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Lost();
        }
        return new PublishResult(schedule.Version, placed.Count, changed.Count);
    }

    /// <summary>What publishing now would do: the meetings placed, those whose place changed, and the firms that would get an e-mail.</summary>
    public async Task<PublishPreview> PreviewAsync(Guid eventId, CancellationToken cancellationToken)
    {
        var placed = await db.Set<MeetingRequest>().AsNoTracking()
            .Where(r => r.EventId == eventId && r.Status == RequestStatus.Accepted && r.Slot != null)
            .Select(r => new { r.PrimeId, r.SupplierId, r.Slot, r.Table, r.PublishedSlot, r.PublishedTable }).ToListAsync(cancellationToken);
        var changed = placed.Where(r => r.Slot != r.PublishedSlot || r.Table != r.PublishedTable).ToList();
        return new PublishPreview(placed.Count, changed.Count, changed.SelectMany(r => new[] { r.PrimeId, r.SupplierId }).Distinct().Count());
    }

    private Refusal Lost() =>
        new(l["Another organizer changed or published the schedule first. Review the current schedule and publish again."], StatusCodes.Status409Conflict);
}

public sealed record PublishResult(Guid Version, int Meetings, int FirmsTold);

public sealed record PublishPreview(int Meetings, int Changed, int FirmsToTell);
