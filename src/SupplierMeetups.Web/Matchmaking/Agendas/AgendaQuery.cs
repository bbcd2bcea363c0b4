using Microsoft.EntityFrameworkCore;
using SupplierMeetups.Web.Events.Contracts;
using SupplierMeetups.Web.Platform.Persistence;

namespace SupplierMeetups.Web.Matchmaking.Agendas;

/// <summary>One meeting on an agenda: when, where, with whom. Booth stays null until booths are assigned.</summary>
public sealed record AgendaItem(Guid RequestId, string SlotId, DateOnly Date, TimeOnly Start, TimeOnly End, string Table, Guid CounterpartId, string Counterpart, string CounterpartCity, string? CounterpartBooth, int Priority);

public sealed record Agenda(EventInfo Event, FirmCard Firm, IReadOnlyList<AgendaItem> Items);

/// <summary>A firm's published meetings in time order; firms see only what was published.</summary>
public sealed class AgendaQuery(AppDbContext db, IEventQueries events, Participants participants)
{
    public async Task<Agenda?> ForFirmAsync(Guid eventId, FirmCard firm, CancellationToken cancellationToken)
    {
        // Only the meeting days: an agenda needs slot times, not the event's halls and hundreds of tables.
        var theEvent = await events.FindAsync(eventId, cancellationToken);
        if (theEvent is null)
        {
            return null;
        }
        var id = firm.ParticipationId;
        var meetings = await db.Set<MeetingRequest>().AsNoTracking()
            .Where(r => r.EventId == eventId && r.Status == RequestStatus.Accepted && r.PublishedSlot != null && (r.PrimeId == id || r.SupplierId == id))
            .Select(r => new { r.Id, r.PrimeId, r.SupplierId, r.PublishedSlot, r.PublishedTable, r.Priority })
            .ToListAsync(cancellationToken);
        var counterparts = await participants.ManyAsync(eventId, meetings.Select(m => m.PrimeId == id ? m.SupplierId : m.PrimeId).Distinct().ToList(), cancellationToken);
        var slots = theEvent.Slots().ToDictionary(s => s.Id);
        var items = meetings
            .Where(m => slots.ContainsKey(m.PublishedSlot!))
            .Select(m =>
            {
                var slot = slots[m.PublishedSlot!];
                var counterpartId = m.PrimeId == id ? m.SupplierId : m.PrimeId;
                var other = counterparts.GetValueOrDefault(counterpartId);
                return new AgendaItem(m.Id, slot.Id, slot.Date, slot.Start, slot.End, m.PublishedTable!, counterpartId, other?.ShortName ?? "", other?.City ?? "", other?.Booth, m.Priority);
            })
            .OrderBy(i => i.Date).ThenBy(i => i.Start).ThenBy(i => i.Table, StringComparer.Ordinal).ToList();
        return new Agenda(theEvent, firm, items);
    }
}
