using Microsoft.EntityFrameworkCore;
using SupplierMeetups.Web.Platform.Persistence;

namespace SupplierMeetups.Web.Badges.Contracts;

/// <summary>An event's badges: valid ones and revoked ones.</summary>
public sealed record EventBadgeCounts(int Issued, int Revoked);

public interface IBadgeCounts
{
    Task<EventBadgeCounts> ForEventAsync(Guid eventId, CancellationToken cancellationToken);
}

internal sealed class BadgeCounts(AppDbContext db) : IBadgeCounts
{
    public async Task<EventBadgeCounts> ForEventAsync(Guid eventId, CancellationToken cancellationToken)
    {
        var badges = db.Set<Badge>().AsNoTracking().Where(b => b.EventId == eventId);
        return new EventBadgeCounts(await badges.CountAsync(b => b.RevokedAt == null, cancellationToken), await badges.CountAsync(b => b.RevokedAt != null, cancellationToken));
    }
}

public static class BadgeCountsRegistration
{
    public static IServiceCollection AddBadgeCounts(this IServiceCollection services) => services.AddScoped<IBadgeCounts, BadgeCounts>();
}
