using Microsoft.EntityFrameworkCore;
using SupplierMeetups.Web.Platform.Audit;
using SupplierMeetups.Web.Platform.Persistence;

namespace SupplierMeetups.Web.Events;

internal sealed class AuditEventNames(AppDbContext db) : IAuditEventNames
{
    public async Task<IReadOnlyList<(Guid Id, string Name)>> ListAsync(string language, CancellationToken cancellationToken) =>
        (await db.Set<Event>().AsNoTracking().OrderByDescending(e => e.StartDate).ToListAsync(cancellationToken))
            .Select(e => (e.Id, e.Name(language))).ToList();
}
