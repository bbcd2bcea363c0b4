using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SupplierMeetups.Web.CheckIn.Gates;
using SupplierMeetups.Web.Events.Contracts;

namespace SupplierMeetups.Web.CheckIn.ScanBadges;

/// <summary>Where door staff say at which gate they stand.</summary>
[Authorize(Roles = DoorRoles.Scanners)]
public sealed class ChooseGateModel(IEventDays events, GateList gates) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid EventId { get; set; }

    public EventDays? Event { get; private set; }

    public IReadOnlyList<GateResponse> Gates { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Event = await events.FindAsync(EventId, cancellationToken);
        if (Event is null)
        {
            return NotFound();
        }
        Gates = await gates.OfAsync(EventId, cancellationToken);
        return Page();
    }
}
