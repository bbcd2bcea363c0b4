using Microsoft.EntityFrameworkCore;
using SupplierMeetups.Web.Events.Contracts;
using SupplierMeetups.Web.Matchmaking.Contracts;
using SupplierMeetups.Web.Platform.Persistence;

namespace SupplierMeetups.Web.Matchmaking.Outcomes;

internal sealed class TableMeetingSource(AppDbContext db, IEventQueries events) : ITableMeetings
{
    public async Task<TableMeeting?> FindAsync(Guid eventId, Guid meetingId, CancellationToken cancellationToken)
    {
        var meeting = await Published(eventId).SingleOrDefaultAsync(r => r.Id == meetingId, cancellationToken);
        if (meeting is null || await events.FindAsync(eventId, cancellationToken) is not { } theEvent)
        {
            return null;
        }
        return ToTable(meeting, theEvent, theEvent.Slots().ToDictionary(s => s.Id));
    }

    public async Task<IReadOnlyList<TableMeeting>> PublishedAsync(Guid eventId, CancellationToken cancellationToken)
    {
        if (await events.FindAsync(eventId, cancellationToken) is not { } theEvent)
        {
            return [];
        }
        var slots = theEvent.Slots().ToDictionary(s => s.Id);
        var meetings = await Published(eventId).ToListAsync(cancellationToken);
        return meetings.Select(m => ToTable(m, theEvent, slots)).Where(m => m is not null).Select(m => m!)
            .OrderBy(m => m.StartsAt).ThenBy(m => m.Table, StringComparer.Ordinal).ToList();
    }

    private IQueryable<MeetingRequest> Published(Guid eventId) =>
        db.Set<MeetingRequest>().AsNoTracking().Where(r => r.EventId == eventId && r.Status == RequestStatus.Accepted && r.PublishedSlot != null);

    private static TableMeeting? ToTable(MeetingRequest meeting, EventInfo theEvent, IReadOnlyDictionary<string, MeetingSlot> slots) =>
        slots.TryGetValue(meeting.PublishedSlot!, out var slot)
            ? new TableMeeting(meeting.Id, meeting.EventId, meeting.PrimeId, meeting.SupplierId, slot.Id, meeting.PublishedTable ?? "",
                theEvent.AtVenue(slot.Date, slot.Start), theEvent.AtVenue(slot.Date, slot.End))
            : null;
}
