using Microsoft.EntityFrameworkCore;
using SupplierMeetups.Web.Events.Contracts;
using SupplierMeetups.Web.Platform.Persistence;

namespace SupplierMeetups.Web.Events;

internal sealed class EventQueries(AppDbContext db) : IEventQueries
{
    public async Task<EventInfo?> FindAsync(Guid id, CancellationToken cancellationToken) =>
        await Events().SingleOrDefaultAsync(e => e.Id == id, cancellationToken) is { } found ? InfoOf(found) : null;

    public async Task<IReadOnlyList<EventInfo>> ListAsync(CancellationToken cancellationToken) =>
        (await Events().OrderByDescending(e => e.StartDate).ToListAsync(cancellationToken)).Select(InfoOf).ToList();

    public async Task<IReadOnlyDictionary<Guid, EventInfo>> FindManyAsync(IEnumerable<Guid> ids, CancellationToken cancellationToken)
    {
        var wanted = ids.Distinct().ToList();
        return wanted.Count == 0
            ? new Dictionary<Guid, EventInfo>()
            : (await Events().Where(e => wanted.Contains(e.Id)).ToListAsync(cancellationToken)).ToDictionary(e => e.Id, InfoOf);
    }

    public Task<bool> ExistsAsync(Guid id, CancellationToken cancellationToken) =>
        db.Set<Event>().AnyAsync(e => e.Id == id, cancellationToken);

    public Task<bool> AnyAsync(CancellationToken cancellationToken) => db.Set<Event>().AnyAsync(cancellationToken);

    private IQueryable<Event> Events() =>
        db.Set<Event>().AsNoTracking().AsSplitQuery().Include(e => e.Halls).Include(e => e.MeetingDays).Include(e => e.Tables);

    internal static EventInfo InfoOf(Event e) => new(
        e.Id, e.NameTr, e.NameEn, e.DescriptionTr, e.DescriptionEn, e.Venue, e.City, e.StartDate, e.EndDate, e.TimeZoneId,
        e.Halls.Select(h => new EventHall(h.Id, h.Name, h.AreaSquareMetres)).ToList(),
        e.MeetingDays.OrderBy(d => d.Date)
            .Select(d => new EventMeetingDay(d.Id, d.Date, d.Start, d.End, d.SlotMinutes, d.Breaks.Select(b => new EventBreak(b.Start, b.End)).ToList()))
            .ToList(),
        e.Tables.Select(t => new EventTable(t.Id, t.Code, t.HallName)).ToList(),
        e.Slots());
}
