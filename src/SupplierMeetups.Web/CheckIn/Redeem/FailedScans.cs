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
