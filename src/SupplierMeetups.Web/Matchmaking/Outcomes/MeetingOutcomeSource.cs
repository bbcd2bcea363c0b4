using Microsoft.EntityFrameworkCore;
using SupplierMeetups.Web.Matchmaking.Contracts;
using SupplierMeetups.Web.Platform.Persistence;

namespace SupplierMeetups.Web.Matchmaking.Outcomes;

internal sealed class MeetingOutcomeSource(AppDbContext db) : IMeetingOutcomes
{
    public async Task<IReadOnlyList<PublishedMeeting>> PublishedMeetingsAsync(Guid eventId, CancellationToken cancellationToken) =>
        await db.Set<MeetingRequest>().AsNoTracking()
            .Where(r => r.EventId == eventId && r.Status == RequestStatus.Accepted && r.PublishedSlot != null)
            .Select(r => new PublishedMeeting(r.Id, r.PrimeId)).ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<RecordedOutcome>> RecordedAsync(Guid eventId, CancellationToken cancellationToken) =>
        await db.Set<MeetingOutcome>().AsNoTracking().Where(o => o.EventId == eventId)
            .Select(o => new RecordedOutcome(o.RequestId, o.ParticipationId, o.Held, o.Nda, o.RequestForQuotation, o.SiteVisit, o.PortalRegistration))
            .ToListAsync(cancellationToken);
}
