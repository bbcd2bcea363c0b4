using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using SupplierMeetups.Web.Identity;
using SupplierMeetups.Web.Platform.Localization;
using SupplierMeetups.Web.Platform.Refusals;
using SupplierMeetups.Web.Platform.Security;

namespace SupplierMeetups.Web.Matchmaking.Availability;

/// <summary>The API of the page beside it (MyAvailability): the slots the signed-in firm cannot attend.</summary>
[ApiController]
[Route("api/v1/events/{eventId:guid}")]
[Produces("application/json")]
[Tags("Agenda")]
[Authorize(Roles = Roles.Prime + "," + Roles.Supplier)]
public sealed class AvailabilityController(Participants participants, AvailabilityService availability, IStringLocalizer<SharedResource> l) : ControllerBase
{
    [HttpGet("availability")]
    [ProducesResponseType<AvailabilityView>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public async Task<IActionResult> GetAvailability(Guid eventId, CancellationToken cancellationToken) =>
        await participants.SignedInAsync(eventId, User, cancellationToken) is { } me
            ? Ok(await availability.GetAsync(me, eventId, cancellationToken))
            : NotParticipating();

    [HttpPut("availability")]
    [ProducesResponseType<AvailabilityView>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public async Task<IActionResult> PutAvailability(Guid eventId, AvailabilityInput input, CancellationToken cancellationToken)
    {
        if (await participants.SignedInAsync(eventId, User, cancellationToken) is not { } me)
        {
            return NotParticipating();
        }
        var outcome = await availability.SaveAsync(me, eventId, input, cancellationToken);
        return outcome.Refusal is { } refusal ? this.Refused(refusal) : Ok(outcome.Value);
    }

    private ObjectResult NotParticipating() =>
        Problem(l["Your firm does not take part in this event."], statusCode: StatusCodes.Status404NotFound, title: l["Not found."]);
}
