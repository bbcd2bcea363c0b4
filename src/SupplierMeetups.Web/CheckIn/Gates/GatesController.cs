using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using SupplierMeetups.Web.Platform.Localization;
using SupplierMeetups.Web.Platform.Security;

namespace SupplierMeetups.Web.CheckIn.Gates;

[ApiController]
[Produces("application/json")]
public sealed class GatesController(IStringLocalizer<SharedResource> l) : ControllerBase
{
    /// <summary>The event's gates, by name; a scanner picks its gate here.</summary>
    [HttpGet("/api/v1/events/{eventId:guid}/gates"), Authorize(Roles = DoorRoles.Scanners)]
    public Task<IReadOnlyList<GateResponse>> List(Guid eventId, [FromServices] GateList gates, CancellationToken cancellationToken) =>
        gates.OfAsync(eventId, cancellationToken);

    /// <summary>Names a new gate. 409 when the event has a gate of that name already.</summary>
    [HttpPost("/api/v1/events/{eventId:guid}/gates"), Authorize(Roles = Roles.Organizer)]
    [ProducesResponseType<GateResponse>(StatusCodes.Status201Created)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict)]
    public async Task<IActionResult> Add(Guid eventId, GateInput input, [FromServices] GateList gates, CancellationToken cancellationToken)
    {
        var outcome = await gates.AddAsync(eventId, input, cancellationToken);
        return outcome.Refusal is { } refusal
            ? this.Refused(refusal, l)
            : Created($"/api/v1/events/{eventId}/gates", outcome.Value);
    }
}
