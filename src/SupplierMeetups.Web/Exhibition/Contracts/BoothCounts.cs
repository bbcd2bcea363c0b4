using Microsoft.EntityFrameworkCore;
using SupplierMeetups.Web.Exhibition.Booths;
using SupplierMeetups.Web.Platform.Persistence;

namespace SupplierMeetups.Web.Exhibition.Contracts;

/// <summary>An event's booths by state: free to sell, held for a firm until a time, confirmed to a firm.</summary>
public sealed record EventBoothCounts(int Free, int Held, int Confirmed, int Requests);

/// <summary>A firm's booth in an event: whether it asked for one, and the booth it holds or was confirmed.</summary>
public sealed record FirmBooth(bool Requested, string? BoothCode, bool Confirmed);

public interface IBoothCounts
{
    Task<EventBoothCounts> ForEventAsync(Guid eventId, CancellationToken cancellationToken);

    Task<FirmBooth> OfFirmAsync(Guid eventId, Guid firmId, CancellationToken cancellationToken);
}

internal sealed class BoothCounts(AppDbContext db, TimeProvider clock) : IBoothCounts
{
    public async Task<EventBoothCounts> ForEventAsync(Guid eventId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var booths = await db.Set<Booth>().AsNoTracking().Where(b => b.EventId == eventId).ToListAsync(cancellationToken);
        var assignments = await db.Set<BoothAssignment>().AsNoTracking().Where(a => a.EventId == eventId).ToListAsync(cancellationToken);
        var byBooth = assignments.GroupBy(a => a.BoothId).ToDictionary(g => g.Key, g => g.First());
        var statuses = booths.Select(b => b.StatusWith(byBooth.GetValueOrDefault(b.Id), now)).ToList();
        var requests = await db.Set<BoothRequest>().AsNoTracking().CountAsync(r => r.EventId == eventId, cancellationToken);
        return new EventBoothCounts(
            statuses.Count(s => s == BoothStatus.Available), statuses.Count(s => s == BoothStatus.Held), statuses.Count(s => s == BoothStatus.Assigned), requests);
    }

    public async Task<FirmBooth> OfFirmAsync(Guid eventId, Guid firmId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var requested = await db.Set<BoothRequest>().AsNoTracking().AnyAsync(r => r.EventId == eventId && r.FirmId == firmId, cancellationToken);
        var held = (await (
            from a in db.Set<BoothAssignment>().AsNoTracking()
            where a.EventId == eventId && a.FirmId == firmId
            join b in db.Set<Booth>().AsNoTracking() on a.BoothId equals b.Id
            select new { a, b.Code }).ToListAsync(cancellationToken)).FirstOrDefault(x => !x.a.IsExpired(now));
        return new FirmBooth(requested, held?.Code, held?.a.IsConfirmed == true);
    }
}

public static class BoothCountsRegistration
{
    public static IServiceCollection AddBoothCounts(this IServiceCollection services) => services.AddScoped<IBoothCounts, BoothCounts>();
}
