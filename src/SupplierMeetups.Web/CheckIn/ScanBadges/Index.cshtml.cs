using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SupplierMeetups.Web.Events.Contracts;

namespace SupplierMeetups.Web.CheckIn.ScanBadges;

/// <summary>The door staff's home: the events, those running today first, each leading to its gates.</summary>
[Authorize(Roles = DoorRoles.Scanners)]
public sealed class IndexModel(IEventDays events, TimeProvider clock) : PageModel
{
    public IReadOnlyList<EventDays> Events { get; private set; } = [];

    public DateOnly Today { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var all = await events.ListAsync(cancellationToken);
        Today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        Events = all.OrderByDescending(e => IsRunning(e)).ThenBy(e => e.EndDate < Today).ThenBy(e => e.StartDate).ToList();
    }

    public bool IsRunning(EventDays e)
    {
        var local = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), e.TimeZone).DateTime);
        return local >= e.StartDate && local <= e.EndDate;
    }
}
