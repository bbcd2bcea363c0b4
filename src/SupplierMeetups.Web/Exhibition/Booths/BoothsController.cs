using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using SupplierMeetups.Web.Exhibition.AssignBooth;
using SupplierMeetups.Web.Identity;
using SupplierMeetups.Web.Platform.Http;
using SupplierMeetups.Web.Platform.Refusals;
using SupplierMeetups.Web.Platform.Security;

namespace SupplierMeetups.Web.Exhibition.Booths;

[ApiController]
[Route("api/v1/events/{eventId:guid}")]
[Produces("application/json")]
public sealed class BoothsController(BoothQuery query, BoothStore store, BoothAssigner assigner) : ControllerBase
{
    /// <summary>The booths of the event with their status. Public (the exhibitor map); who holds a booth on hold only organizers see.</summary>
    [HttpGet("booths"), AllowAnonymous]
    public async Task<IReadOnlyList<BoothResponse>> List(Guid eventId, CancellationToken cancellationToken)
    {
        var organizer = User.IsInRole(Roles.Organizer);
        return (await query.ForEventAsync(eventId, cancellationToken)).Select(v => BoothResponse.From(v, organizer)).ToList();
    }

    [HttpPost("booths"), Authorize(Roles = Roles.Organizer)]
    [ProducesResponseType<BoothResponse>(StatusCodes.Status201Created)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    public async Task<IActionResult> Create(Guid eventId, BoothInput input, CancellationToken cancellationToken)
    {
        var (errors, saved) = await store.SaveAsync(eventId, [input], updateByCode: false, cancellationToken);
        if (errors.Count > 0)
        {
            foreach (var error in errors) ModelState.AddModelError(string.Empty, error);
            return CamelCaseValidationProblems.Create(ControllerContext);
        }
        var view = (await query.ForEventAsync(eventId, cancellationToken)).Single(v => v.Booth.Id == saved[0].Id);
        return Created($"/api/v1/events/{eventId}/booths/{view.Booth.Id}", BoothResponse.From(view, organizer: true));
    }

    /// <summary>
    /// Changes a booth (the booth page's save): send the booth <c>version</c> you read; if someone changed the booth in between
    /// the answer is 409 and nothing changes. A booth a firm holds keeps its assignment but cannot be blocked or reserved (400).
    /// Sending the same change again answers the same booth.
    /// </summary>
    [HttpPut("booths/{boothId:guid}"), Authorize(Roles = Roles.Organizer)]
    [ProducesResponseType<BoothResponse>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    public async Task<IActionResult> Update(Guid eventId, Guid boothId, BoothInput input, CancellationToken cancellationToken)
    {
        var outcome = await store.SaveOrRefuseAsync(eventId, [input], updateByCode: false, cancellationToken, boothId);
        return outcome.Refusal is { } refusal ? this.Refused(refusal) : await Answer(eventId, boothId, null, cancellationToken);
    }

    /// <summary>
    /// Deletes a booth (204). Refused with 409 while a firm holds it (release the assignment first); a booth that does not
    /// exist, or no longer does because it was deleted already, answers 404.
    /// </summary>
    [HttpDelete("booths/{boothId:guid}"), Authorize(Roles = Roles.Organizer)]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    public async Task<IActionResult> Delete(Guid eventId, Guid boothId, CancellationToken cancellationToken) =>
        await store.DeleteAsync(eventId, boothId, cancellationToken) is { } refusal ? this.Refused(refusal) : NoContent();

    /// <summary>Gives the booth to a firm. Send the booth <c>version</c> you read: if someone changed the booth in between, the answer is 409.</summary>
    [HttpPut("booths/{boothId:guid}/assignment"), Authorize(Roles = Roles.Organizer)]
    [ProducesResponseType<BoothResponse>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict)]
    public async Task<IActionResult> Assign(Guid eventId, Guid boothId, AssignmentInput input, CancellationToken cancellationToken) =>
        await Answer(eventId, boothId, await assigner.AssignAsync(eventId, boothId, input.FirmId!.Value, input.Version, input.Hold, cancellationToken), cancellationToken);

    [HttpDelete("booths/{boothId:guid}/assignment"), Authorize(Roles = Roles.Organizer)]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict)]
    public async Task<IActionResult> Release(Guid eventId, Guid boothId, [FromQuery] Guid? version, CancellationToken cancellationToken)
    {
        var refusal = await assigner.ReleaseAsync(eventId, boothId, version, cancellationToken);
        return refusal is null ? NoContent() : await Answer(eventId, boothId, refusal, cancellationToken);
    }

    private async Task<IActionResult> Answer(Guid eventId, Guid boothId, Refusal? refusal, CancellationToken cancellationToken)
    {
        if (refusal is not null)
        {
            return this.Refused(refusal);
        }
        var view = (await query.ForEventAsync(eventId, cancellationToken)).Single(v => v.Booth.Id == boothId);
        return Ok(BoothResponse.From(view, organizer: true));
    }
}
