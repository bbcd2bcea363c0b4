using Microsoft.EntityFrameworkCore;
using SupplierMeetups.Web.Platform.Persistence;

namespace SupplierMeetups.Web.Exhibition.Booths;

/// <summary>
/// Where firms exhibit, as badges and agendas print it: the code of a confirmed booth (holds do not count); the
/// first code in ordinal order when a firm has several.
/// </summary>
public static class ConfirmedBooths
{
    public static async Task<Dictionary<Guid, string>> OfFirmsAsync(AppDbContext db, Guid eventId, IReadOnlyCollection<Guid> firmIds, CancellationToken cancellationToken)
    {
        var rows = await (from a in db.Set<BoothAssignment>()
                          join b in db.Set<Booth>() on a.BoothId equals b.Id
                          where a.EventId == eventId && a.HeldUntil == null && firmIds.Contains(a.FirmId)
                          select new { a.FirmId, b.Code }).ToListAsync(cancellationToken);
        return rows.GroupBy(r => r.FirmId).ToDictionary(g => g.Key, g => g.Select(r => r.Code).Min(StringComparer.Ordinal)!);
    }
}
