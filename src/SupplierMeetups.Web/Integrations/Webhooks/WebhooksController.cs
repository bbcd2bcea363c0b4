using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using SupplierMeetups.Web.Integrations.Deliveries;
using SupplierMeetups.Web.Platform.Refusals;
using SupplierMeetups.Web.Platform.Security;

namespace SupplierMeetups.Web.Integrations.Webhooks;

public sealed class RegisterWebhookInput
{
    public string? Name { get; set; }
    public string? Url { get; set; }
    public List<string>? EventTypes { get; set; }
}

/// <summary>The API of the integrations and delivery log pages: organizers register and remove webhooks, read the delivery log and replay deliveries.</summary>
[ApiController]
[Route("api/v1/events/{eventId:guid}")]
[Produces("application/json")]
[Tags("Integrations")]
[Authorize(Roles = Roles.Organizer)]
public sealed class WebhooksController(WebhookService webhooks, DeliveryLog log) : ControllerBase
{
    [HttpGet("webhooks")]
    public Task<IReadOnlyList<WebhookView>> List(Guid eventId, CancellationToken cancellationToken) => webhooks.ListAsync(eventId, cancellationToken);

    /// <summary>Registers an endpoint; the answer's <c>secret</c> signs every delivery and is shown this once.</summary>
    [HttpPost("webhooks")]
    [ProducesResponseType<RegisteredWebhook>(StatusCodes.Status201Created)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    public async Task<IActionResult> Register(Guid eventId, RegisterWebhookInput input, CancellationToken cancellationToken)
    {
        var outcome = await webhooks.RegisterAsync(eventId, input.Name, input.Url, input.EventTypes, cancellationToken);
        return outcome.Refusal is { } refusal ? this.Refused(refusal) : StatusCode(StatusCodes.Status201Created, outcome.Value);
    }

    [HttpPost("webhooks/{webhookId:guid}/remove")]
    [ProducesResponseType<WebhookView>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    public async Task<IActionResult> Remove(Guid eventId, Guid webhookId, CancellationToken cancellationToken)
    {
        var outcome = await webhooks.RemoveAsync(eventId, webhookId, cancellationToken);
        return outcome.Refusal is { } refusal ? this.Refused(refusal) : Ok(outcome.Value);
    }

    /// <summary>The latest deliveries (at most 200), newest first: status, attempts, last response code.</summary>
    [HttpGet("webhook-deliveries")]
    public Task<IReadOnlyList<DeliveryView>> Deliveries(Guid eventId, [FromQuery] Guid? webhookId, CancellationToken cancellationToken) =>
        log.ListAsync(eventId, webhookId, cancellationToken);

    /// <summary>Sends a delivered or failed delivery again, with the same event id.</summary>
    [HttpPost("webhook-deliveries/{deliveryId:guid}/replay")]
    [ProducesResponseType(StatusCodes.Status202Accepted)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    public async Task<IActionResult> Replay(Guid eventId, Guid deliveryId, CancellationToken cancellationToken)
    {
        var outcome = await log.ReplayAsync(eventId, deliveryId, cancellationToken);
        return outcome.Refusal is { } refusal ? this.Refused(refusal) : Accepted();
    }
}
