using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SupplierMeetups.Web.Events.Contracts;

namespace SupplierMeetups.Web.CheckIn.Kiosk;

/// <summary>The kiosk's home: the events that have not ended, one of them chosen when set up at the venue; a single one opens at once.</summary>
[Authorize(Roles = KioskRoles.Kiosks)]
public sealed class IndexModel(IEventDays events, TimeProvider clock) : PageModel
{
    public IReadOnlyList<EventDays> Events { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        Events = (await events.ListAsync(cancellationToken)).Where(e => !e.IsOverAt(now)).OrderBy(e => e.StartDate).ToList();
        return Events.Count == 1 ? Redirect($"/kiosk/events/{Events[0].EventId}") : Page();
    }
}
