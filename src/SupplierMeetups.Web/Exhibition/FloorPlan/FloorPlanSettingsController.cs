using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using SupplierMeetups.Web.Identity;
using SupplierMeetups.Web.Platform.Refusals;
using SupplierMeetups.Web.Platform.Security;

namespace SupplierMeetups.Web.Exhibition.FloorPlan;

/// <summary>The API of the floor plan page's settings form beside it: the same service and rules.</summary>
[ApiController]
[Route("api/v1/events/{eventId:guid}/floor-plan/settings")]
[Produces("application/json")]
[Authorize(Roles = Roles.Organizer)]
public sealed class FloorPlanSettingsController(FloorPlanSettings settings) : ControllerBase
{
    /// <summary>The event's floor plan settings (the defaults until an organizer saves them). Organizers only.</summary>
    [HttpGet]
    [ProducesResponseType<FloorPlanSettingsResponse>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public async Task<IActionResult> GetSettings(Guid eventId, CancellationToken cancellationToken) =>
        Answer(await settings.GetAsync(eventId, cancellationToken));

    /// <summary>Replaces the event's floor plan settings (both are required); sending them again changes nothing more. Organizers only.</summary>
    [HttpPut]
    [ProducesResponseType<FloorPlanSettingsResponse>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public async Task<IActionResult> PutSettings(Guid eventId, FloorPlanSettingsInput input, CancellationToken cancellationToken) =>
        Answer(await settings.SaveAsync(eventId, input.AllowSeveralBoothsPerFirm!.Value, input.HoldHours!.Value, cancellationToken));

    private IActionResult Answer(Outcome<Booths.ExhibitionSettings> outcome) =>
        outcome.Refusal is { } refusal ? this.Refused(refusal) : Ok(FloorPlanSettingsResponse.From(outcome.Value!));
}
