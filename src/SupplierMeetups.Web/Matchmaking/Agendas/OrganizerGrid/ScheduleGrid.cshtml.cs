using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SupplierMeetups.Web.Events.Contracts;
using SupplierMeetups.Web.Identity;
using SupplierMeetups.Web.Matchmaking.AnswerRequest;
using SupplierMeetups.Web.Platform.Persistence;
using SupplierMeetups.Web.Platform.Refusals;
using SupplierMeetups.Web.Platform.Security;

namespace SupplierMeetups.Web.Matchmaking.Agendas.OrganizerGrid;

public sealed record GridCell(Guid MeetingId, string Prime, string Supplier, bool Published);

/// <summary>
/// The whole schedule as organizers see it: slots down, tables across, drafted and published meetings told apart;
/// a published meeting can be cancelled here, which frees its slot and tells its two firms.
/// </summary>
[Authorize(Roles = Roles.Organizer)]
public sealed class ScheduleGridModel(AppDbContext db, IEventQueries events, Participants participants, AnswerRequestService answers, IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid EventId { get; set; }

    public EventInfo? Event { get; private set; }
    public IReadOnlyList<MeetingSlot> Slots { get; private set; } = [];
    public IReadOnlyList<string> Tables { get; private set; } = [];
    public Dictionary<(string Slot, string Table), GridCell> Grid { get; private set; } = [];
    public string? Message { get; private set; }

    /// <summary>The meeting the organizer asked to cancel: the page asks before it cancels.</summary>
    [BindProperty(SupportsGet = true)]
    public Guid? Cancel { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await LoadAsync(cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostCancelAsync(Guid meetingId, CancellationToken cancellationToken)
    {
        var outcome = await answers.CancelAsync(EventId, null, asOrganizer: true, meetingId, cancellationToken);
        if (outcome.Refusal is null)
        {
            TempData["Status"] = l["The meeting is cancelled; both firms are told by e-mail."].Value;
            return Redirect($"/organizer/events/{EventId}/schedule/grid");
        }
        Message = outcome.Refusal.Message;
        return await LoadAsync(cancellationToken) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        Event = await events.FindAsync(EventId, cancellationToken);
        if (Event is null)
        {
            return false;
        }
        Slots = Event.Slots();
        Tables = Event.Tables.Select(t => t.Code).Order(StringComparer.Ordinal).ToList();
        var firms = await participants.AllAsync(EventId, cancellationToken);
        var placed = await db.Set<MeetingRequest>().AsNoTracking()
            .Where(r => r.EventId == EventId && r.Status == RequestStatus.Accepted && r.Slot != null)
            .Select(r => new { r.Id, r.PrimeId, r.SupplierId, r.Slot, r.Table, r.PublishedSlot, r.PublishedTable }).ToListAsync(cancellationToken);
        Grid = placed.ToDictionary(
            r => (r.Slot!, r.Table!),
            r => new GridCell(r.Id, firms.GetValueOrDefault(r.PrimeId)?.ShortName ?? "", firms.GetValueOrDefault(r.SupplierId)?.ShortName ?? "",
                r.Slot == r.PublishedSlot && r.Table == r.PublishedTable));
        return true;
    }
}
