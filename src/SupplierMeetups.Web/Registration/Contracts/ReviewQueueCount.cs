using Microsoft.EntityFrameworkCore;
using SupplierMeetups.Web.Platform.Persistence;

namespace SupplierMeetups.Web.Registration.Contracts;

/// <summary>Firms and visitors of an event, counted for the organizer's dashboard.</summary>
public sealed record RegistrationCounts(int FirmsWaitingForReview, int FirmsApproved, int VisitorsRegistered);

public interface IReviewQueueCount
{
    Task<RegistrationCounts> ForEventAsync(Guid eventId, CancellationToken cancellationToken);
}

internal sealed class ReviewQueueCount(AppDbContext db) : IReviewQueueCount
{
    public async Task<RegistrationCounts> ForEventAsync(Guid eventId, CancellationToken cancellationToken)
    {
        var byStatus = await db.Set<Participation>().AsNoTracking().Where(p => p.EventId == eventId)
            .GroupBy(p => p.Status).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        var visitors = await db.Set<RegisterVisitor.Visitor>().AsNoTracking().CountAsync(v => v.EventId == eventId && v.ErasedAt == null, cancellationToken);
        return new RegistrationCounts(byStatus.GetValueOrDefault(ParticipationStatus.Pending), byStatus.GetValueOrDefault(ParticipationStatus.Approved), visitors);
    }
}

public static class ReviewQueueCountRegistration
{
    public static IServiceCollection AddReviewQueueCount(this IServiceCollection services) => services.AddScoped<IReviewQueueCount, ReviewQueueCount>();
}
