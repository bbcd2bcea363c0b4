using Microsoft.EntityFrameworkCore;
using SupplierMeetups.Web.Exhibition.Contracts;
using SupplierMeetups.Web.Platform.Persistence;

namespace SupplierMeetups.Web.Exhibition.Booths;

internal sealed class ConfirmedBooths(AppDbContext db) : IFirmBooths
{
    public async Task<IReadOnlyDictionary<Guid, string>> ConfirmedOfFirmsAsync(Guid eventId, IReadOnlyCollection<Guid> firmIds, CancellationToken cancellationToken)
    {
        var rows = await (from a in db.Set<BoothAssignment>()
                          join b in db.Set<Booth>() on a.BoothId equals b.Id
                          where a.EventId == eventId && a.HeldUntil == null && firmIds.Contains(a.FirmId)
                          select new { a.FirmId, b.Code }).ToListAsync(cancellationToken);
        return rows.GroupBy(r => r.FirmId).ToDictionary(g => g.Key, g => g.Select(r => r.Code).Min(StringComparer.Ordinal)!);
    }
}
