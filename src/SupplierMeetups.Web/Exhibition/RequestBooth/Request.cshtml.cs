using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SupplierMeetups.Web.Events.Contracts;
using SupplierMeetups.Web.Exhibition.Booths;
using SupplierMeetups.Web.Platform.Http;
using SupplierMeetups.Web.Platform.Http.Input;
using SupplierMeetups.Web.Platform.Refusals;

namespace SupplierMeetups.Web.Exhibition.RequestBooth;

/// <summary>
/// The exhibitor's booth request (area, type, hall, firms to be near, competitors to keep apart) and the booth it
/// got. Any signed-in user may open it; only the contact of an approved exhibitor of the event finds a form.
/// The rules live in <see cref="BoothRequests"/>, shared with the API.
/// </summary>
[Authorize, ShowsFieldErrors]
public sealed class RequestModel(BoothRequests requests, IEventClosure closure) : PageModel
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

    private Exhibitor? _exhibitor;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken)) return NotFound();
        if (_exhibitor is not null && await requests.CurrentAsync(_exhibitor, cancellationToken) is { } r)
        {
            (Area, Type, PreferredHall, Near, Competitors) = (r.AreaSquareMetres, r.Type, r.PreferredHall, r.NearFirmIds, r.CompetitorFirmIds);
        }
        Saved = Request.Query.ContainsKey("saved");
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken)) return NotFound();
        if (_exhibitor is null) return Forbid();
        if (!ModelState.IsValid) return Page();
        var outcome = await requests.SaveAsync(_exhibitor, new BoothRequestInput { Area = Area, Type = Type, PreferredHall = PreferredHall, Near = Near, Competitors = Competitors }, cancellationToken);
        if (outcome.Refusal is { } refusal)
        {
            refusal.AddTo(ModelState);
            return Page();
        }
        return Redirect($"/events/{EventId}/booth-request?saved=1");
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        var (e, exhibitor) = await requests.FindAsync(EventId, User, cancellationToken);
        if (e is null) return false;
        (Event, _exhibitor) = (e, exhibitor);
        IsOver = await closure.IsOverAsync(EventId, cancellationToken);
        if (exhibitor is not null)
        {
            (Firm, Others, MyBooths) = (exhibitor.Firm, exhibitor.Others, exhibitor.Booths);
        }
        return true;
    }
}
