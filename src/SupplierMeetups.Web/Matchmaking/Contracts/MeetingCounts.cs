using Microsoft.EntityFrameworkCore;
using SupplierMeetups.Web.Matchmaking.Needs;
using SupplierMeetups.Web.Platform.Persistence;

namespace SupplierMeetups.Web.Matchmaking.Contracts;

/// <summary>An event's meeting requests: open (waiting for an answer), accepted, and accepted ones the schedule has not placed yet.</summary>
public sealed record EventMeetingCounts(int Open, int Accepted, int AcceptedNotPlaced, int Published);

/// <summary>One firm's matchmaking in an event (by participation id): its needs, the open requests it received and sent, its meetings.</summary>
public sealed record FirmMeetingCounts(int Needs, int OpenReceived, int OpenSent, int Accepted, int Published);

public interface IMeetingCounts
{
    Task<EventMeetingCounts> ForEventAsync(Guid eventId, CancellationToken cancellationToken);

    Task<FirmMeetingCounts> ForParticipationAsync(Guid eventId, Guid participationId, CancellationToken cancellationToken);
}

internal sealed class MeetingCounts(AppDbContext db, TimeProvider clock) : IMeetingCounts
{
    public async Task<EventMeetingCounts> ForEventAsync(Guid eventId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var requests = await db.Set<MeetingRequest>().AsNoTracking().Where(r => r.EventId == eventId && (r.Status == RequestStatus.Pending || r.Status == RequestStatus.Accepted))
            .Select(r => new { r.Status, r.ExpiresAt, r.Slot, r.PublishedSlot }).ToListAsync(cancellationToken);
        var accepted = requests.Where(r => r.Status == RequestStatus.Accepted).ToList();
        return new EventMeetingCounts(
            requests.Count(r => r.Status == RequestStatus.Pending && now < r.ExpiresAt), accepted.Count, accepted.Count(r => r.Slot is null), accepted.Count(r => r.PublishedSlot is not null));
    }

    public async Task<FirmMeetingCounts> ForParticipationAsync(Guid eventId, Guid participationId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var needs = await db.Set<PrimeNeed>().AsNoTracking().CountAsync(n => n.EventId == eventId && n.PrimeId == participationId, cancellationToken);
        var requests = await db.Set<MeetingRequest>().AsNoTracking()
            .Where(r => r.EventId == eventId && (r.PrimeId == participationId || r.SupplierId == participationId) && (r.Status == RequestStatus.Pending || r.Status == RequestStatus.Accepted))
            .ToListAsync(cancellationToken);
        bool SentByMe(MeetingRequest r) => (r.RequestedBy == Side.Prime) == (r.PrimeId == participationId);
        var open = requests.Where(r => r.Status == RequestStatus.Pending && !r.IsExpired(now)).ToList();
        var accepted = requests.Where(r => r.Status == RequestStatus.Accepted).ToList();
        return new FirmMeetingCounts(needs, open.Count(r => !SentByMe(r)), open.Count(SentByMe), accepted.Count, accepted.Count(r => r.PublishedSlot is not null));
    }
}

public static class MeetingCountsRegistration
{
    public static IServiceCollection AddMeetingCounts(this IServiceCollection services) => services.AddScoped<IMeetingCounts, MeetingCounts>();
}
