using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using SupplierMeetups.Web.Events.Contracts;
using SupplierMeetups.Web.Platform.Security;

namespace SupplierMeetups.Web.Integrations.Deliveries;

/// <summary>The webhook deliveries of an event: what was sent where, how it went, and a replay for each.</summary>
[Authorize(Roles = Roles.Organizer)]
public sealed class DeliveryLogPageModel(IEventQueries events, DeliveryLog log, IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid EventId { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid? WebhookId { get; set; }

    public EventInfo? Event { get; private set; }
    public IReadOnlyList<DeliveryView> Deliveries { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Event = await events.FindAsync(EventId, cancellationToken);
        if (Event is null)
        {
            return NotFound();
        }
        Deliveries = await log.ListAsync(EventId, WebhookId, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostReplayAsync(Guid deliveryId, CancellationToken cancellationToken)
    {
        var outcome = await log.ReplayAsync(EventId, deliveryId, cancellationToken);
        if (outcome.Refusal is not null)
        {
            return NotFound();
        }
        TempData["Status"] = l["The delivery is queued again, with the same event id."].Value;
        return Redirect($"/organizer/events/{EventId}/integrations/deliveries{(WebhookId is { } w ? $"?webhookId={w}" : "")}");
    }
}
