using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SupplierMeetups.Web.Events.Contracts;
using SupplierMeetups.Web.Identity;
using SupplierMeetups.Web.Platform.Persistence;
using SupplierMeetups.Web.Platform.Security;

namespace SupplierMeetups.Web.Matchmaking.Agendas.OrganizerGrid;

public sealed record GridCell(Guid MeetingId, string Prime, string Supplier, bool Published);

/// <summary>
/// The schedule as organizers see it, one meeting day at a time: tables down, the day's slots across (a day has far
/// fewer slots than an event has tables, so the long side scrolls down as a page does), drafted and published
/// meetings told apart. Each meeting opens its own page to move, swap or cancel it.
/// </summary>
[Authorize(Roles = Roles.Organizer)]
public sealed class ScheduleGridModel(AppDbContext db, IEventQueries events, Participants participants) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid EventId { get; set; }

    /// <summary>The meeting day shown (1-based); by default the first day with a meeting.</summary>
    [BindProperty(SupportsGet = true, Name = "day")]
    public int? Day { get; set; }

    public EventInfo? Event { get; private set; }

    /// <summary>Every meeting day, with how many meetings are placed on it.</summary>
    public IReadOnlyList<(int Day, DateOnly Date, int Meetings)> Days { get; private set; } = [];
    public int ShownDay { get; private set; }
    public IReadOnlyList<MeetingSlot> Slots { get; private set; } = [];
    public IReadOnlyList<string> Tables { get; private set; } = [];
    public Dictionary<(string Slot, string Table), GridCell> Grid { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Event = await events.FindAsync(EventId, cancellationToken);
        if (Event is null)
        {
            return NotFound();
        }
        var all = Event.Slots();
        var firms = await participants.AllAsync(EventId, cancellationToken);
        var placed = await db.Set<MeetingRequest>().AsNoTracking()
            .Where(r => r.EventId == EventId && r.Status == RequestStatus.Accepted && r.Slot != null)
            .Select(r => new { r.Id, r.PrimeId, r.SupplierId, r.Slot, r.Table, r.PublishedSlot, r.PublishedTable }).ToListAsync(cancellationToken);
        var dayOf = all.ToDictionary(s => s.Id, s => s.Day, StringComparer.Ordinal);
        Days = all.GroupBy(s => s.Day).OrderBy(g => g.Key)
            .Select(g => (g.Key, g.First().Date, placed.Count(r => dayOf.GetValueOrDefault(r.Slot!) == g.Key))).ToList();
        var firstBusy = Days.Where(d => d.Meetings > 0).Select(d => d.Day).FirstOrDefault();
        ShownDay = Day is { } asked && Days.Any(d => d.Day == asked) ? asked
            : firstBusy > 0 ? firstBusy
            : Days.Count > 0 ? Days[0].Day : 1;
        Slots = all.Where(s => s.Day == ShownDay).ToList();
        Tables = Event.Tables.Select(t => t.Code).Order(StringComparer.Ordinal).ToList();
        Grid = placed.Where(r => dayOf.GetValueOrDefault(r.Slot!) == ShownDay).ToDictionary(
            r => (r.Slot!, r.Table!),
            r => new GridCell(r.Id, firms.GetValueOrDefault(r.PrimeId)?.ShortName ?? "", firms.GetValueOrDefault(r.SupplierId)?.ShortName ?? "",
                r.Slot == r.PublishedSlot && r.Table == r.PublishedTable));
        return Page();
    }
}
