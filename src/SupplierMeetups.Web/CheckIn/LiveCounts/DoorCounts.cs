using Microsoft.EntityFrameworkCore;
using SupplierMeetups.Web.Badges.Contracts;
using SupplierMeetups.Web.CheckIn.Gates;
using SupplierMeetups.Web.CheckIn.Redeem;
using SupplierMeetups.Web.Events.Contracts;
using SupplierMeetups.Web.Platform.Localization;
using SupplierMeetups.Web.Platform.Persistence;

namespace SupplierMeetups.Web.CheckIn.LiveCounts;

/// <summary>Per badge type: valid badges, people let in at least once, and inside now.</summary>
public sealed record BadgeTypeCount(string Type, int Registered, int Admitted, int Inside, int NotYetArrived);

/// <summary>Entries let in during one hour, starting at <see cref="Hour"/> in the event's time zone.</summary>
public sealed record HourCount(DateTime Hour, int Entries);

public sealed record GateCount(Guid GateId, string Gate, int Entries, int Exits, int Refused);

/// <summary>The door's figures, computed from the database at <see cref="At"/>, so every instance answers the same.</summary>
public sealed record DoorCountsResponse(
    DateTimeOffset At,
    int InsideNow,
    int Admitted,
    int Registered,
    int NotYetArrived,
    int RefusedScans,
    int Conflicts,
    IReadOnlyList<BadgeTypeCount> ByBadgeType,
    IReadOnlyList<HourCount> ByHour,
    IReadOnlyList<GateCount> ByGate);

public sealed class DoorCounts(AppDbContext db, IDoorBadges badges, IEventDays events, TimeProvider clock)
{
    public async Task<DoorCountsResponse?> OfAsync(Guid eventId, CancellationToken cancellationToken)
    {
        var days = await events.FindAsync(eventId, cancellationToken);
        if (days is null)
        {
            return null;
        }
        var registered = await badges.CountValidByTypeAsync(eventId, cancellationToken);
        var presence = await db.Set<Presence>().AsNoTracking().Where(p => p.EventId == eventId)
            .GroupBy(p => p.BadgeType)
            .Select(g => new { Type = g.Key, Admitted = g.Count(p => p.FirstAdmittedAt != null), Inside = g.Count(p => p.Inside) })
            .ToListAsync(cancellationToken);
        var byType = registered.Keys.Union(presence.Select(p => p.Type))
            .Select(type =>
            {
                var seen = presence.SingleOrDefault(p => p.Type == type);
                var valid = registered.GetValueOrDefault(type);
                var admitted = seen?.Admitted ?? 0;
                return new BadgeTypeCount(type, valid, admitted, seen?.Inside ?? 0, Math.Max(0, valid - admitted));
            })
            .OrderByDescending(t => t.Registered).ThenBy(t => t.Type, StringComparer.Ordinal)
            .ToList();

        var gates = await db.Set<Gate>().AsNoTracking().Where(g => g.EventId == eventId).ToListAsync(cancellationToken);
        var perGate = await db.Set<DoorScan>().AsNoTracking().Where(s => s.EventId == eventId)
            .GroupBy(s => new { s.GateId, s.Result })
            .Select(g => new { g.Key.GateId, g.Key.Result, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var byGate = gates.OrderBy(g => g.Name, TurkishText.Order).Select(g => new GateCount(g.Id, g.Name,
                perGate.Where(c => c.GateId == g.Id && c.Result == ScanResult.Admitted).Sum(c => c.Count),
                perGate.Where(c => c.GateId == g.Id && c.Result == ScanResult.Exited).Sum(c => c.Count),
                perGate.Where(c => c.GateId == g.Id && c.Result is not (ScanResult.Admitted or ScanResult.Exited)).Sum(c => c.Count)))
            .ToList();

        // Hours in the event's time zone: grouped here, as the two providers bucket time differently.
        var entries = await db.Set<DoorScan>().AsNoTracking().Where(s => s.EventId == eventId && s.Result == ScanResult.Admitted)
            .Select(s => s.ScannedAt).ToListAsync(cancellationToken);
        var byHour = entries
            .Select(at => TimeZoneInfo.ConvertTime(at, days.TimeZone).DateTime)
            .GroupBy(local => new DateTime(local.Year, local.Month, local.Day, local.Hour, 0, 0, DateTimeKind.Unspecified))
            .OrderBy(g => g.Key)
            .Select(g => new HourCount(g.Key, g.Count()))
            .ToList();
        var conflicts = await db.Set<DoorScan>().CountAsync(s => s.EventId == eventId && s.Conflict, cancellationToken);

        return new DoorCountsResponse(clock.GetUtcNow(),
            byType.Sum(t => t.Inside), byType.Sum(t => t.Admitted), byType.Sum(t => t.Registered), byType.Sum(t => t.NotYetArrived),
            byGate.Sum(g => g.Refused), conflicts, byType, byHour, byGate);
    }
}
