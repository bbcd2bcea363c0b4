using Microsoft.EntityFrameworkCore;
using SupplierMeetups.Web.CheckIn.Gates;
using SupplierMeetups.Web.Platform.Persistence;

namespace SupplierMeetups.Web.CheckIn.Redeem;

/// <summary>A refused scan, for finding forged badges, misconfigured scanners and people turned away.</summary>
public sealed record FailedScanResponse(
    Guid Id, ScanResult Result, DateTimeOffset ScannedAt, string Gate, ScanDirection Direction, string StaffName, Guid? BadgeId, string? Sample, bool Conflict);

public sealed class FailedScans(AppDbContext db)
{
    public const int Limit = 500;

    /// <summary>The newest refused scans of the event (at most <see cref="Limit"/>): every answer but Admitted and Exited.</summary>
    public async Task<IReadOnlyList<FailedScanResponse>> OfAsync(Guid eventId, CancellationToken cancellationToken)
    {
        var gates = await db.Set<Gate>().AsNoTracking().Where(g => g.EventId == eventId).ToDictionaryAsync(g => g.Id, g => g.Name, cancellationToken);
        var scans = await db.Set<DoorScan>().AsNoTracking()
            .Where(s => s.EventId == eventId && s.Result != ScanResult.Admitted && s.Result != ScanResult.Exited)
            .OrderByDescending(s => s.ScannedAt).Take(Limit)
            .ToListAsync(cancellationToken);
        return scans.Select(s => new FailedScanResponse(s.Id, s.Result, s.ScannedAt, gates.GetValueOrDefault(s.GateId, ""), s.Direction, s.StaffName, s.BadgeId, s.Sample, s.Conflict))
            .ToList();
    }
}

/// <summary>One scan at a gate, whatever its answer, as the check-in list shows it.</summary>
public sealed record CheckInResponse(
    Guid Id, ScanResult Result, ScanDirection Direction, DateTimeOffset ScannedAt, DateTimeOffset ReceivedAt, string Gate, string StaffName,
    Guid? BadgeId, string? BadgeType, bool Offline, bool Conflict);

/// <summary>The filters of the check-in list.</summary>
public sealed class CheckInFilter
{
    /// <summary>Only scans with this answer (Admitted, Exited, AlreadyInside, Revoked, OtherEvent, OutsideHours, NotABadge).</summary>
    public ScanResult? Result { get; set; }

    /// <summary>Only entries or only exits.</summary>
    public ScanDirection? Direction { get; set; }

    /// <summary>Only the scans of this badge.</summary>
    public Guid? BadgeId { get; set; }
}

public sealed class CheckInList(AppDbContext db)
{
    /// <summary>The event's scans, newest first, filtered and paged.</summary>
    public async Task<Platform.Http.ItemPage<CheckInResponse>> PageAsync(Guid eventId, CheckInFilter filter, Platform.Http.PageRequest paging, CancellationToken cancellationToken)
    {
        var query = db.Set<DoorScan>().AsNoTracking().Where(s => s.EventId == eventId);
        if (filter.Result is { } result)
        {
            query = query.Where(s => s.Result == result);
        }
        if (filter.Direction is { } direction)
        {
            query = query.Where(s => s.Direction == direction);
        }
        if (filter.BadgeId is { } badgeId)
        {
            query = query.Where(s => s.BadgeId == badgeId);
        }
        var total = await query.CountAsync(cancellationToken);
        var scans = await query.OrderByDescending(s => s.ScannedAt).ThenBy(s => s.Id)
            .Skip((paging.Page - 1) * paging.PageSize).Take(paging.PageSize).ToListAsync(cancellationToken);
        var gates = await db.Set<Gate>().AsNoTracking().Where(g => g.EventId == eventId).ToDictionaryAsync(g => g.Id, g => g.Name, cancellationToken);
        var items = scans.Select(s => new CheckInResponse(
            s.Id, s.Result, s.Direction, s.ScannedAt, s.ReceivedAt, gates.GetValueOrDefault(s.GateId, ""), s.StaffName, s.BadgeId, s.BadgeType, s.Offline, s.Conflict)).ToList();
        return new Platform.Http.ItemPage<CheckInResponse>(items, paging.Page, paging.PageSize, total);
    }
}
