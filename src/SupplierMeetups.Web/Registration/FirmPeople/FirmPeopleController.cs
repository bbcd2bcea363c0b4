using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using SupplierMeetups.Web.Platform.Localization;
using SupplierMeetups.Web.Platform.RateLimiting;
using SupplierMeetups.Web.Platform.Refusals;

namespace SupplierMeetups.Web.Registration.FirmPeople;

/// <summary>A firm's representatives for an event and their badges. The firm's own users and organizers only.</summary>
[ApiController]
[Route("api/v1/events/{eventId:guid}/firms/{firmId:guid}/people")]
[Produces("application/json")]
[Authorize]
public sealed class FirmPeopleController(PeopleRoster roster, IPersonBadges badges, FirmAccess access, IStringLocalizer<SharedResource> l) : ControllerBase
{
    [HttpGet]
    [ProducesResponseType<IReadOnlyList<PersonResponse>>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden)]
    public async Task<IActionResult> List(Guid eventId, Guid firmId, CancellationToken cancellationToken)
    {
        var (participation, refusal) = await LoadAsync(eventId, firmId, cancellationToken);
        if (participation is null)
        {
            return refusal!;
        }
        var people = await roster.ListAsync(participation, cancellationToken);
        var issued = await badges.OfRepresentativesAsync(eventId, people.Select(p => p.Id).ToList(), cancellationToken);
        return Ok(people.Select(p => ToResponse(p, issued.GetValueOrDefault(p.Id))).ToList());
    }

    /// <summary>Names a representative; refused with 409 once the event's limit for the participation type is reached. Approved firms' people get their badge at once.</summary>
    [HttpPost]
    [EnableRateLimiting(RateLimitPolicies.Email)]
    [ProducesResponseType<PersonResponse>(StatusCodes.Status201Created)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict)]
    public async Task<IActionResult> Add(Guid eventId, Guid firmId, PersonInput input, CancellationToken cancellationToken)
    {
        var (participation, refusal) = await LoadAsync(eventId, firmId, cancellationToken);
        if (participation is null)
        {
            return refusal!;
        }
        var (person, full) = await roster.AddAsync(participation, input, cancellationToken);
        if (full is not null)
        {
            return this.Refused(full);
        }
        return StatusCode(StatusCodes.Status201Created, ToResponse(person!, await BadgeOfAsync(eventId, person!.Id, cancellationToken)));
    }

    /// <summary>Changes a representative; their badge shows the new name from then on.</summary>
    [HttpPut("{personId:guid}")]
    [ProducesResponseType<PersonResponse>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    public async Task<IActionResult> Update(Guid eventId, Guid firmId, Guid personId, PersonInput input, CancellationToken cancellationToken)
    {
        var (participation, refusal) = await LoadAsync(eventId, firmId, cancellationToken);
        if (participation is null)
        {
            return refusal!;
        }
        var person = await roster.UpdateAsync(participation, personId, input, cancellationToken);
        return person is null
            ? PersonNotFound()
            : Ok(ToResponse(person!, await BadgeOfAsync(eventId, person!.Id, cancellationToken)));
    }

    /// <summary>Removes a representative and revokes their badge.</summary>
    [HttpDelete("{personId:guid}")]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    public async Task<IActionResult> Remove(Guid eventId, Guid firmId, Guid personId, CancellationToken cancellationToken)
    {
        var (participation, refusal) = await LoadAsync(eventId, firmId, cancellationToken);
        if (participation is null)
        {
            return refusal!;
        }
        return await roster.RemoveAsync(participation, personId, cancellationToken) ? NoContent() : PersonNotFound();
    }

    /// <summary>The representative's badge as a PDF (A6), in the caller's language; 404 before approval.</summary>
    [HttpGet("{personId:guid}/badge")]
    [Produces("application/pdf")]
    [ProducesResponseType(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public async Task<IActionResult> Badge(Guid eventId, Guid firmId, Guid personId, CancellationToken cancellationToken)
    {
        var (participation, refusal) = await LoadAsync(eventId, firmId, cancellationToken);
        if (participation is null)
        {
            return refusal!;
        }
        if (await roster.FindAsync(participation, personId, cancellationToken) is null
            || await BadgeOfAsync(eventId, personId, cancellationToken) is not { } badge
            || await badges.PdfAsync(badge.Id, LanguageOf.Current, cancellationToken) is not { } pdf)
        {
            return Problem(l["There is no such badge."], statusCode: StatusCodes.Status404NotFound, title: l["Not found."]);
        }
        return File(pdf, "application/pdf", badge.FileName);
    }

    private async Task<(Participation? Participation, IActionResult? Refusal)> LoadAsync(Guid eventId, Guid firmId, CancellationToken cancellationToken)
    {
        var participation = await roster.ParticipationAsync(eventId, firmId, cancellationToken);
        if (participation is null)
        {
            return (null, this.FirmNotFound(l));
        }
        return await access.CanEditAsync(User, firmId, cancellationToken) ? (participation, null) : (null, this.FirmForbidden(l));
    }

    private async Task<PersonBadge?> BadgeOfAsync(Guid eventId, Guid personId, CancellationToken cancellationToken) =>
        (await badges.OfRepresentativesAsync(eventId, [personId], cancellationToken)).GetValueOrDefault(personId);

    private static PersonResponse ToResponse(FirmPerson person, PersonBadge? badge) => PersonResponse.From(person, badge?.DownloadUrl);

    private ObjectResult PersonNotFound() =>
        Problem(l["There is no such representative."], statusCode: StatusCodes.Status404NotFound, title: l["Not found."]);
}
