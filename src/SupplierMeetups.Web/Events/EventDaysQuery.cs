using Microsoft.EntityFrameworkCore;
using SupplierMeetups.Web.Events.Contracts;
using SupplierMeetups.Web.Platform.Persistence;

namespace SupplierMeetups.Web.Events;

internal sealed class EventDaysQuery(AppDbContext db) : IEventDays
{
    public Task<EventDays?> FindAsync(Guid eventId, CancellationToken cancellationToken) =>
        db.Set<Event>().AsNoTracking().Where(e => e.Id == eventId)
            .Select(e => new EventDays(e.Id, e.NameTr, e.NameEn, e.StartDate, e.EndDate, e.TimeZoneId, e.City))
            .SingleOrDefaultAsync(cancellationToken);

    public async Task<IReadOnlyList<EventDays>> ListAsync(CancellationToken cancellationToken) =>
        await db.Set<Event>().AsNoTracking().OrderByDescending(e => e.StartDate)
            .Select(e => new EventDays(e.Id, e.NameTr, e.NameEn, e.StartDate, e.EndDate, e.TimeZoneId, e.City))
            .ToListAsync(cancellationToken);
}
