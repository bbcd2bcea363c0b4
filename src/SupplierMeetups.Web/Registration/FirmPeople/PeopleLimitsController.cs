using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using SupplierMeetups.Web.Events.Contracts;
using SupplierMeetups.Web.Platform.Http;
using SupplierMeetups.Web.Platform.Refusals;
using SupplierMeetups.Web.Platform.Security;

namespace SupplierMeetups.Web.Registration.FirmPeople;

/// <summary>The API of the people limits page beside it: how many representatives each participation type may name.</summary>
[ApiController]
[Route("api/v1/events/{eventId:guid}/people-limits")]
[Produces("application/json")]
[Tags("Firms")]
[Authorize(Roles = Roles.Organizer)]
public sealed class PeopleLimitsController(PeopleRoster roster, IEventQueries events, IStringLocalizer<SharedResource> l) : ControllerBase
{
    /// <summary>The event's limits: the defaults (exhibitor 4, supplier 2, prime contractor 6) until an organizer saves them.</summary>
    [HttpGet]
    [ProducesResponseType<PeopleLimitsResponse>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public async Task<IActionResult> Get(Guid eventId, CancellationToken cancellationToken) =>
        await events.ExistsAsync(eventId, cancellationToken)
            ? Ok(PeopleLimitsResponse.Of(await roster.LimitsAsync(eventId, cancellationToken)))
            : Problem(l["There is no such event."], statusCode: StatusCodes.Status404NotFound, title: l["Not found."]);

    /// <summary>
    /// Replaces the three limits (each 0–100). A firm that already named more people keeps them; it can add no one until
    /// it is under its limit again. Sending the same limits again changes nothing more.
    /// </summary>
    [HttpPut]
    [ProducesResponseType<PeopleLimitsResponse>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public async Task<IActionResult> Put(Guid eventId, PeopleLimitsRequest request, CancellationToken cancellationToken)
    {
        var input = new PeopleLimitsInput { Exhibitor = request.Exhibitor!.Value, Supplier = request.Supplier!.Value, Prime = request.Prime!.Value };
        var outcome = await roster.SaveLimitsAsync(eventId, input, cancellationToken);
        return outcome.Refusal is { } refusal ? this.Refused(refusal) : Ok(PeopleLimitsResponse.Of(outcome.Value!));
    }
}

/// <summary>The three limits, all of them: a PUT replaces them, so a body that leaves one out is refused rather than read as its default.</summary>
public sealed class PeopleLimitsRequest
{
    /// <summary>Representatives (people with a badge) an exhibitor may name: 0–100.</summary>
    [Required(ErrorMessage = ValidationMessages.Required), Range(0, 100, ErrorMessage = ValidationMessages.Range), Display(Name = "Representatives per exhibitor")]
    public int? Exhibitor { get; set; }

    /// <summary>Representatives a supplier may name: 0–100.</summary>
    [Required(ErrorMessage = ValidationMessages.Required), Range(0, 100, ErrorMessage = ValidationMessages.Range), Display(Name = "Representatives per supplier")]
    public int? Supplier { get; set; }

    /// <summary>Representatives a prime contractor may name: 0–100.</summary>
    [Required(ErrorMessage = ValidationMessages.Required), Range(0, 100, ErrorMessage = ValidationMessages.Range), Display(Name = "Representatives per prime contractor")]
    public int? Prime { get; set; }
}

/// <summary>How many representatives a firm may name for the event, per participation type.</summary>
/// <param name="Exhibitor">Representatives per exhibitor.</param>
/// <param name="Supplier">Representatives per supplier.</param>
/// <param name="Prime">Representatives per prime contractor.</param>
public sealed record PeopleLimitsResponse(int Exhibitor, int Supplier, int Prime)
{
    public static PeopleLimitsResponse Of(PeopleLimits limits) => new(limits.Exhibitor, limits.Supplier, limits.Prime);
}
