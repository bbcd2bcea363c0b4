using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using SupplierMeetups.Web.CheckIn.Gates;
using SupplierMeetups.Web.Events.Contracts;
using SupplierMeetups.Web.Platform.Persistence;

namespace SupplierMeetups.Web.CheckIn.Redeem;

/// <summary>
/// What every scan asks and what hardly changes during a fair, kept for a few seconds per instance: the event's
/// days, the gates known to exist (a gate not yet seen is looked up at once, so a new gate works immediately), and
/// gate names for "already inside since … at gate …" (a renamed gate shows its old name for at most that long).
/// </summary>
public sealed class DoorLookups(AppDbContext db, IEventDays events, IMemoryCache cache)
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(30);

    public async Task<EventDays?> EventAsync(Guid eventId, CancellationToken cancellationToken)
    {
        if (cache.TryGetValue(("door-event", eventId), out EventDays? days))
        {
            return days;
        }
        days = await events.FindAsync(eventId, cancellationToken);
        if (days is not null)
        {
            cache.Set(("door-event", eventId), days, Lifetime);
        }
        return days;
    }

    public async Task<bool> GateExistsAsync(Guid eventId, Guid gateId, CancellationToken cancellationToken)
    {
        if (cache.TryGetValue(("door-gate", eventId, gateId), out _))
        {
            return true;
        }
        var exists = await db.Set<Gate>().AnyAsync(g => g.Id == gateId && g.EventId == eventId, cancellationToken);
        if (exists)
        {
            cache.Set(("door-gate", eventId, gateId), true, Lifetime);
        }
        return exists;
    }

    public async Task<string?> GateNameAsync(Guid gateId, CancellationToken cancellationToken)
    {
        if (cache.TryGetValue(("door-gate-name", gateId), out string? name))
        {
            return name;
        }
        name = await db.Set<Gate>().Where(g => g.Id == gateId).Select(g => g.Name).SingleOrDefaultAsync(cancellationToken);
        if (name is not null)
        {
            cache.Set(("door-gate-name", gateId), name, Lifetime);
        }
        return name;
    }
}
