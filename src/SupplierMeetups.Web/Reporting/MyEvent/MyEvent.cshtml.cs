using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SupplierMeetups.Web.Events.Contracts;
using SupplierMeetups.Web.Exhibition.Contracts;
using SupplierMeetups.Web.Matchmaking.Contracts;
using SupplierMeetups.Web.Platform.Security;
using SupplierMeetups.Web.Registration.Contracts;
using SupplierMeetups.Web.Reporting.Dashboard;

namespace SupplierMeetups.Web.Reporting.MyEvent;


/// <summary>A prime's or supplier's home: its registration in one event, what is left to do, and the way to everything it uses there.</summary>
[Authorize(Roles = Roles.Prime + "," + Roles.Supplier)]
public sealed class MyEventModel(IEventDays events, IFirmChecklist firms, IBoothCounts booths, IMeetingCounts meetings, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid? EventId { get; set; }

    public IReadOnlyList<(FirmEventStatus Firm, EventDays Event)> Registrations { get; private set; } = [];
    public FirmEventStatus? Firm { get; private set; }
    public EventDays? Event { get; private set; }
    public bool IsOver { get; private set; }
    public FirmBooth Booth { get; private set; } = new(false, null, false);
    public FirmMeetingCounts Meetings { get; private set; } = new(0, 0, 0, 0, 0);

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var all = (await events.ListAsync(cancellationToken)).ToDictionary(e => e.EventId);
        Registrations = (await firms.OfSignedInAsync(User, cancellationToken))
            .Where(f => all.ContainsKey(f.EventId)).Select(f => (f, all[f.EventId])).OrderByDescending(r => r.Item2.StartDate).ToList();
        var now = clock.GetUtcNow();
        var chosen = EventId is { } id
            ? Registrations.FirstOrDefault(r => r.Event.EventId == id).Event
            : EventDashboardModel.DefaultEvent(Registrations.Select(r => r.Event).ToList(), now);
        if (EventId is not null && chosen is null)
        {
            return NotFound();
        }
        if (chosen is null)
        {
            return Page();
        }
        Event = chosen;
        Firm = Registrations.First(r => r.Event.EventId == chosen.EventId).Firm;
        IsOver = chosen.IsOverAt(now);
        Booth = await booths.OfFirmAsync(chosen.EventId, Firm.FirmId, cancellationToken);
        Meetings = await meetings.ForParticipationAsync(chosen.EventId, Firm.ParticipationId, cancellationToken);
        return Page();
    }
}
