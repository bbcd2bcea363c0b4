using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using SupplierMeetups.Web.Events.Contracts;
using SupplierMeetups.Web.Platform.Http;
using SupplierMeetups.Web.Platform.Refusals;
using SupplierMeetups.Web.Platform.Security;

namespace SupplierMeetups.Web.Registration.RegisterVisitor;

/// <summary>The API of the visitor registration settings page beside it.</summary>
[ApiController]
[Route("api/v1/events/{eventId:guid}/visitor-settings")]
[Produces("application/json")]
[Authorize(Roles = Roles.Organizer)]
public sealed class VisitorSettingsController(VisitorRegistrar registrar, IEventQueries events, IStringLocalizer<SharedResource> l) : ControllerBase
{
    /// <summary>The event's visitor registration rules (no identity number asked until an organizer sets it).</summary>
    [HttpGet]
    [ProducesResponseType<VisitorSettingsResponse>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public async Task<IActionResult> Get(Guid eventId, CancellationToken cancellationToken) =>
        await events.ExistsAsync(eventId, cancellationToken)
            ? Ok(VisitorSettingsResponse.Of(await registrar.SettingsAsync(eventId, cancellationToken)))
            : Problem(l["There is no such event."], statusCode: StatusCodes.Status404NotFound, title: l["Not found."]);

    /// <summary>Replaces the rules; the same rules again change nothing more. Registrations made before keep what they gave.</summary>
    [HttpPut]
    [ProducesResponseType<VisitorSettingsResponse>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public async Task<IActionResult> Put(Guid eventId, VisitorSettingsRequest request, CancellationToken cancellationToken)
    {
        var outcome = await registrar.SaveSettingsAsync(eventId, request.RequireIdentityNumber!.Value, cancellationToken);
        return outcome.Refusal is { } refusal ? this.Refused(refusal) : Ok(VisitorSettingsResponse.Of(outcome.Value!));
    }
}

/// <summary>The event's visitor registration rules, all of them: a PUT replaces them.</summary>
public sealed class VisitorSettingsRequest
{
    /// <summary>True: visitors must give a national ID (T.C. kimlik no) or passport number to register; it is stored encrypted and shown masked.</summary>
    [Required(ErrorMessage = ValidationMessages.Required), Display(Name = "Visitors must give a national ID or passport number")]
    public bool? RequireIdentityNumber { get; set; }
}

/// <summary>The event's visitor registration rules.</summary>
/// <param name="RequireIdentityNumber">True: visitors must give a national ID or passport number to register.</param>
public sealed record VisitorSettingsResponse(bool RequireIdentityNumber)
{
    public static VisitorSettingsResponse Of(VisitorSettings settings) => new(settings.RequireIdentityNumber);
}
