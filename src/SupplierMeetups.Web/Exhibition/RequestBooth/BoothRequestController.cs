using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using SupplierMeetups.Web.Platform.Localization;
using SupplierMeetups.Web.Platform.Refusals;
using SupplierMeetups.Web.Platform.Security;

namespace SupplierMeetups.Web.Exhibition.RequestBooth;

/// <summary>The API of the booth request page beside it: the same service, rules and messages.</summary>
[ApiController]
[Route("api/v1/events/{eventId:guid}/booth-request")]
[Produces("application/json")]
[Authorize]
public sealed class BoothRequestController(BoothRequests requests, IStringLocalizer<SharedResource> l) : ControllerBase
{
    /// <summary>The signed-in exhibitor's booth request with the booths it holds; 404 before it made one, 403 for anyone but an approved exhibitor's contact.</summary>
    [HttpGet]
    [ProducesResponseType<BoothRequestResponse>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public async Task<IActionResult> Get(Guid eventId, CancellationToken cancellationToken)
    {
        var (e, exhibitor) = await requests.FindAsync(eventId, User, cancellationToken);
        if (e is null || exhibitor is null)
        {
            return e is null ? NoEvent() : this.Refused(requests.NotAnExhibitor());
        }
        return await requests.CurrentAsync(exhibitor, cancellationToken) is { } request
            ? Ok(BoothRequests.Response(exhibitor, request))
            : Problem(l["Your firm has not requested a booth yet."], statusCode: StatusCodes.Status404NotFound, title: l["Not found."]);
    }

    /// <summary>
    /// Makes or replaces the exhibitor's one booth request (area in m², type, preferred hall, firms to be near, competitors
    /// to keep apart). Sending it again changes nothing more: the same request is replaced.
    /// </summary>
    [HttpPut]
    [ProducesResponseType<BoothRequestResponse>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public async Task<IActionResult> Put(Guid eventId, BoothRequestInput input, CancellationToken cancellationToken)
    {
        var (e, exhibitor) = await requests.FindAsync(eventId, User, cancellationToken);
        if (e is null || exhibitor is null)
        {
            return e is null ? NoEvent() : this.Refused(requests.NotAnExhibitor());
        }
        var outcome = await requests.SaveAsync(exhibitor, input, cancellationToken);
        return outcome.Refusal is { } refusal ? this.Refused(refusal) : Ok(BoothRequests.Response(exhibitor, outcome.Value!));
    }

    /// <summary>Withdraws the booth request (204, also when there was none); a booth already assigned stays until an organizer releases it.</summary>
    [HttpDelete]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public async Task<IActionResult> Delete(Guid eventId, CancellationToken cancellationToken)
    {
        var (e, exhibitor) = await requests.FindAsync(eventId, User, cancellationToken);
        if (e is null || exhibitor is null)
        {
            return e is null ? NoEvent() : this.Refused(requests.NotAnExhibitor());
        }
        await requests.WithdrawAsync(exhibitor, cancellationToken);
        return NoContent();
    }

    private ObjectResult NoEvent() =>
        Problem(l["There is no such event."], statusCode: StatusCodes.Status404NotFound, title: l["Not found."]);
}
