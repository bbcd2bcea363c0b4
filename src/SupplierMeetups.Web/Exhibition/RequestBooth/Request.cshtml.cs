using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SupplierMeetups.Web.Events.Contracts;
using SupplierMeetups.Web.Exhibition.Booths;
using SupplierMeetups.Web.Platform.Http;
using SupplierMeetups.Web.Platform.Http.Input;
using SupplierMeetups.Web.Platform.Persistence;
using SupplierMeetups.Web.Platform.Security;

namespace SupplierMeetups.Web.Exhibition.RequestBooth;

/// <summary>
/// The exhibitor's booth request (area, type, hall, firms to be near, competitors to keep apart) and the booth it
/// got. Any signed-in user may open it; only the contact of an approved exhibitor of the event finds a form.
/// </summary>
[Authorize, ShowsFieldErrors]
public sealed class RequestModel(IEventQueries events, IEventClosure closure, BoothQuery query, IParticipantFirms firms, AppDbContext db, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid EventId { get; set; }

    [BindProperty, Range(1d, 2000d, ErrorMessage = ValidationMessages.Range), Display(Name = "Area (m²)")]
    public decimal Area { get; set; } = 9;

    [BindProperty, Display(Name = "Type")]
    public BoothType? Type { get; set; }

    [BindProperty, Display(Name = "Preferred hall")]
    public string? PreferredHall { get; set; }

    [BindProperty, Display(Name = "Firms to be near")]
    public List<Guid> Near { get; set; } = [];

    [BindProperty, Display(Name = "Competitors to keep apart from")]
    public List<Guid> Competitors { get; set; } = [];

    public EventInfo? Event { get; private set; }
    public FirmName? Firm { get; private set; }
    public IReadOnlyList<FirmName> Others { get; private set; } = [];
    public IReadOnlyList<BoothView> MyBooths { get; private set; } = [];
    public bool Saved { get; private set; }
    public bool IsOver { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken)) return NotFound();
        if (Firm is not null && await db.Set<BoothRequest>().AsNoTracking().SingleOrDefaultAsync(r => r.EventId == EventId && r.FirmId == Firm.Id, cancellationToken) is { } r)
        {
            (Area, Type, PreferredHall, Near, Competitors) = (r.AreaSquareMetres, r.Type, r.PreferredHall, r.NearFirmIds, r.CompetitorFirmIds);
        }
        Saved = Request.Query.ContainsKey("saved");
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken)) return NotFound();
        if (Firm is null) return Forbid();
        if (await closure.RefusalIfOverAsync(EventId, cancellationToken) is { } over)
        {
            ModelState.AddModelError("", over.Message);
            return Page();
        }
        var known = Others.Select(f => f.Id).ToHashSet();
        if (PreferredHall is { Length: > 0 } hall && Event!.Halls.All(h => h.Name != hall)) ModelState.AddModelError(nameof(PreferredHall), ValidationMessages.Required);
        if (!ModelState.IsValid) return Page();
        var request = await db.Set<BoothRequest>().SingleOrDefaultAsync(r => r.EventId == EventId && r.FirmId == Firm.Id, cancellationToken);
        if (request is null) db.Add(request = new BoothRequest { EventId = EventId, FirmId = Firm.Id });
        request.AreaSquareMetres = Area;
        request.Type = Type;
        request.PreferredHall = string.IsNullOrWhiteSpace(PreferredHall) ? null : PreferredHall;
        request.NearFirmIds = Near.Where(known.Contains).Distinct().ToList();
        request.CompetitorFirmIds = Competitors.Where(known.Contains).Except(request.NearFirmIds).Distinct().ToList();
        request.UpdatedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        return Redirect($"/events/{EventId}/booth-request?saved=1");
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        Event = await events.FindAsync(EventId, cancellationToken);
        if (Event is null) return false;
        IsOver = await closure.IsOverAsync(EventId, cancellationToken);
        var userId = SignedInUser.IdOf(User) ?? Guid.Empty;
        var firmId = (await firms.OfEventAsync(EventId, null, cancellationToken))
            .Where(p => p.ContactUserId == userId && p.Type == ParticipationType.Exhibitor && p.Status == ParticipationStatus.Approved)
            .Select(p => (Guid?)p.FirmId).FirstOrDefault();
        if (firmId is null) return true;
        var exhibitors = await query.ApprovedExhibitorsAsync(EventId, cancellationToken);
        Firm = exhibitors.Single(f => f.Id == firmId);
        Others = exhibitors.Where(f => f.Id != firmId).ToList();
        MyBooths = (await query.ForEventAsync(EventId, cancellationToken)).Where(v => v.FirmId == firmId).ToList();
        return true;
    }
}
