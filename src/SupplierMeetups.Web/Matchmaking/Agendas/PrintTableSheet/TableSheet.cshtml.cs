using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SupplierMeetups.Web.Events.Contracts;
using SupplierMeetups.Web.Identity;
using SupplierMeetups.Web.Platform.Persistence;
using SupplierMeetups.Web.Platform.Security;

namespace SupplierMeetups.Web.Matchmaking.Agendas.PrintTableSheet;

public sealed record SheetLine(MeetingSlot Slot, string? Prime, string? Supplier);

/// <summary>The printable sheet laid on one table for one day: every slot, who meets there (published meetings only).</summary>
[Authorize(Roles = Roles.Organizer)]
public sealed class TableSheetModel(AppDbContext db, IEventQueries events, Participants participants) : PageModel
{
    public EventInfo? Event { get; private set; }
    public string Table { get; private set; } = "";
    public int Day { get; private set; }
    public IReadOnlyList<SheetLine> Lines { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid eventId, string table, int day, CancellationToken cancellationToken)
    {
        Event = await events.FindAsync(eventId, cancellationToken);
        if (Event is null || Event.Tables.All(t => t.Code != table))
        {
            return NotFound();
        }
        (Table, Day) = (table, day);
        var slots = Event.Slots().Where(s => s.Day == day).ToList();
        var meetings = await db.Set<MeetingRequest>().AsNoTracking()
            .Where(r => r.EventId == eventId && r.Status == RequestStatus.Accepted && r.PublishedTable == table).ToListAsync(cancellationToken);
        var firms = await participants.ManyAsync(eventId, meetings.SelectMany(m => new[] { m.PrimeId, m.SupplierId }).Distinct().ToList(), cancellationToken);
        Lines = slots.Select(s => meetings.FirstOrDefault(m => m.PublishedSlot == s.Id) is { } m
            ? new SheetLine(s, firms.GetValueOrDefault(m.PrimeId)?.ShortName, firms.GetValueOrDefault(m.SupplierId)?.ShortName)
            : new SheetLine(s, null, null)).ToList();
        return Page();
    }
}
