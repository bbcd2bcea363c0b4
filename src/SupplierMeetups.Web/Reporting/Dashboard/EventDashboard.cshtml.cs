using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SupplierMeetups.Web.Badges.Contracts;
using SupplierMeetups.Web.Events.Contracts;
using SupplierMeetups.Web.Exhibition.Contracts;
using SupplierMeetups.Web.Matchmaking.Contracts;
using SupplierMeetups.Web.Platform.Operations;
using SupplierMeetups.Web.Platform.Security;
using SupplierMeetups.Web.Registration.Contracts;

namespace SupplierMeetups.Web.Reporting.Dashboard;

/// <summary>The organizer's home: one event's counts, each linking to the page that acts on it, and what to do next.</summary>
[Authorize(Roles = Roles.Organizer)]
public sealed class EventDashboardModel(
    IEventDays events, IReviewQueueCount registrations, IBoothCounts booths, IMeetingCounts meetings, IBadgeCounts badges, OutboxOperations outbox, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid? EventId { get; set; }

    public IReadOnlyList<EventDays> Events { get; private set; } = [];
    public EventDays? Event { get; private set; }
    public bool IsOver { get; private set; }
    public RegistrationCounts Registrations { get; private set; } = new(0, 0, 0);
    public EventBoothCounts Booths { get; private set; } = new(0, 0, 0, 0);
    public EventMeetingCounts Meetings { get; private set; } = new(0, 0, 0, 0);
    public EventBadgeCounts Badges { get; private set; } = new(0, 0);
    public OutboxSummary Emails { get; private set; } = new(0, 0, 0, 0);

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Events = await events.ListAsync(cancellationToken);
        var now = clock.GetUtcNow();
        Event = EventId is { } id ? Events.FirstOrDefault(e => e.EventId == id) : DefaultEvent(Events, now);
        if (EventId is not null && Event is null)
        {
            return NotFound();
        }
        Emails = await outbox.SummaryAsync(cancellationToken);
        if (Event is null)
        {
            return Page();
        }
        IsOver = Event.IsOverAt(now);
        Registrations = await registrations.ForEventAsync(Event.EventId, cancellationToken);
        Booths = await booths.ForEventAsync(Event.EventId, cancellationToken);
        Meetings = await meetings.ForEventAsync(Event.EventId, cancellationToken);
        Badges = await badges.ForEventAsync(Event.EventId, cancellationToken);
        return Page();
    }

    /// <summary>The event that is on or comes next; when all are over, the latest.</summary>
    public static EventDays? DefaultEvent(IReadOnlyList<EventDays> events, DateTimeOffset now) =>
        events.Where(e => !e.IsOverAt(now)).MinBy(e => e.StartDate) ?? events.MaxBy(e => e.StartDate);
}
