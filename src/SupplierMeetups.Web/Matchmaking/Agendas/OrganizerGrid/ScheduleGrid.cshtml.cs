using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SupplierMeetups.Web.Events;
using SupplierMeetups.Web.Identity;
using SupplierMeetups.Web.Platform.Persistence;

namespace SupplierMeetups.Web.Matchmaking.Agendas.OrganizerGrid;

public sealed record GridCell(string Prime, string Supplier, bool Published);

/// <summary>The whole schedule as organizers see it: slots down, tables across, drafted and published meetings told apart.</summary>
[Authorize(Roles = Roles.Organizer)]
public sealed class ScheduleGridModel(AppDbContext db, EventStore events, Participants participants) : PageModel
{
    public Event? Event { get; private set; }
    public IReadOnlyList<MeetingSlot> Slots { get; private set; } = [];
    public IReadOnlyList<string> Tables { get; private set; } = [];
    public Dictionary<(string Slot, string Table), GridCell> Grid { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid eventId, CancellationToken cancellationToken)
    {
        Event = await events.FindAsync(eventId, cancellationToken);
        if (Event is null)
        {
            return NotFound();
        }
        Slots = Event.Slots();
        Tables = Event.Tables.Select(t => t.Code).Order(StringComparer.Ordinal).ToList();
        var firms = await participants.AllAsync(eventId, cancellationToken);
        var placed = await db.Set<MeetingRequest>().AsNoTracking()
            .Where(r => r.EventId == eventId && r.Status == RequestStatus.Accepted && r.Slot != null)
            .Select(r => new { r.PrimeId, r.SupplierId, r.Slot, r.Table, r.PublishedSlot, r.PublishedTable }).ToListAsync(cancellationToken);
        Grid = placed.ToDictionary(
            r => (r.Slot!, r.Table!),
            r => new GridCell(firms.GetValueOrDefault(r.PrimeId)?.ShortName ?? "", firms.GetValueOrDefault(r.SupplierId)?.ShortName ?? "", r.Slot == r.PublishedSlot && r.Table == r.PublishedTable));
        return Page();
    }
}
