using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SupplierMeetups.Web.Events.Contracts;

namespace SupplierMeetups.Web.CheckIn.ScanBadges;

/// <summary>The door staff's home: the events, those running today first, each leading to its gates.</summary>
[Authorize(Roles = DoorRoles.Scanners)]
public sealed class IndexModel(IEventDays events, TimeProvider clock) : PageModel
{
    public IReadOnlyList<EventDays> Events { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var all = await events.ListAsync(cancellationToken);
        var now = clock.GetUtcNow();
        Events = all.OrderByDescending(IsRunning).ThenBy(e => e.IsOverAt(now)).ThenBy(e => e.StartDate).ToList();
    }

    /// <summary>Whether today, at the venue, is one of the event's days.</summary>
    public bool IsRunning(EventDays e)
    {
        var today = e.Today(clock.GetUtcNow());
        return today >= e.StartDate && today <= e.EndDate;
    }
}
