using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SupplierMeetups.Web.CheckIn.Redeem;
using SupplierMeetups.Web.Events.Contracts;
using SupplierMeetups.Web.Platform.Security;

namespace SupplierMeetups.Web.CheckIn.LiveCounts;

public sealed record DoorFigures(DoorCountsResponse Counts, IReadOnlyList<FailedScanResponse> Refused, TimeZoneInfo TimeZone);

/// <summary>The organizers' live view of the door; wwwroot/js/door-counts.js refreshes the figures every few seconds.</summary>
[Authorize(Roles = Roles.Organizer)]
public sealed class DoorModel(IEventDays events, DoorCounts counts, FailedScans failed) : PageModel
{
    public const int RefusedShown = 20;

    [BindProperty(SupportsGet = true)]
    public Guid EventId { get; set; }

    public EventDays? Event { get; private set; }

    public DoorFigures? Figures { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await LoadAsync(cancellationToken) ? Page() : NotFound();

    /// <summary>The figures alone, for the page's polling script.</summary>
    public async Task<IActionResult> OnGetCountsAsync(CancellationToken cancellationToken) =>
        await LoadAsync(cancellationToken) ? Partial("_DoorFigures", Figures) : NotFound();

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        Event = await events.FindAsync(EventId, cancellationToken);
        var figures = Event is null ? null : await counts.OfAsync(EventId, cancellationToken);
        if (figures is null)
        {
            return false;
        }
        var refused = (await failed.OfAsync(EventId, cancellationToken)).Take(RefusedShown).ToList();
        Figures = new DoorFigures(figures, refused, Event!.TimeZone);
        return true;
    }
}
