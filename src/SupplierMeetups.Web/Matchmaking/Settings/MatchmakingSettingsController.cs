using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using SupplierMeetups.Web.Events.Contracts;
using SupplierMeetups.Web.Platform.Http;
using SupplierMeetups.Web.Platform.Refusals;
using SupplierMeetups.Web.Platform.Security;

namespace SupplierMeetups.Web.Matchmaking.Settings;

/// <summary>The API of the matchmaking rules page beside it: the same service, rules and messages.</summary>
[ApiController]
[Route("api/v1/events/{eventId:guid}/matchmaking/settings")]
[Produces("application/json")]
[Tags("Matchmaking")]
[Authorize(Roles = Roles.Organizer)]
public sealed class MatchmakingSettingsController(MatchmakingRules rules, IEventQueries events, IStringLocalizer<SharedResource> l) : ControllerBase
{
    /// <summary>The event's matchmaking rules: the defaults (no deadline, 72 hours, 30 requests) until an organizer saves them.</summary>
    [HttpGet]
    [ProducesResponseType<MatchmakingSettingsResponse>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public async Task<IActionResult> Get(Guid eventId, CancellationToken cancellationToken) =>
        await events.FindAsync(eventId, cancellationToken) is { } e
            ? Ok(MatchmakingSettingsResponse.Of(await rules.CurrentAsync(eventId, cancellationToken), e))
            : Problem(l["There is no such event."], statusCode: StatusCodes.Status404NotFound, title: l["Not found."]);

    /// <summary>
    /// Replaces the rules whole (a deadline left out means none). A deadline after the event's last day is refused at
    /// <c>deadline</c>. Sending the same rules again changes nothing more.
    /// </summary>
    [HttpPut]
    [ProducesResponseType<MatchmakingSettingsResponse>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public async Task<IActionResult> Put(Guid eventId, MatchmakingSettingsRequest request, CancellationToken cancellationToken)
    {
        var outcome = await rules.SaveAsync(eventId, request.Deadline, request.ExpiryHours!.Value, request.Quota!.Value, cancellationToken);
        return outcome.Refusal is { } refusal
            ? this.Refused(refusal)
            : Ok(MatchmakingSettingsResponse.Of(outcome.Value!, await events.GetAsync(eventId, cancellationToken)));
    }
}

/// <summary>An event's matchmaking rules, all of them: a PUT replaces them.</summary>
public sealed class MatchmakingSettingsRequest
{
    /// <summary>Until when firms may ask for meetings, as an instant with its offset ("2030-11-01T18:00:00+03:00"); null or left out: until the event. Not after the event's last day.</summary>
    public DateTimeOffset? Deadline { get; set; }

    /// <summary>How many hours a meeting request waits for the other firm's answer before it expires (1–1440; never past the event's end).</summary>
    [Required(ErrorMessage = ValidationMessages.Required), Range(1, 24 * 60, ErrorMessage = ValidationMessages.Range), Display(Name = "Requests expire after (hours)")]
    public int? ExpiryHours { get; set; }

    /// <summary>How many meeting requests each firm may send in this event (1–10000).</summary>
    [Required(ErrorMessage = ValidationMessages.Required), Range(1, 10000, ErrorMessage = ValidationMessages.Range), Display(Name = "Requests each firm may send")]
    public int? Quota { get; set; }
}

/// <summary>An event's matchmaking rules.</summary>
/// <param name="Deadline">Until when firms may ask for meetings, in UTC; null: until the event.</param>
/// <param name="DeadlineAtVenue">The same deadline as the venue's clock reads it (the event's time zone, with its offset); null: none.</param>
/// <param name="TimeZone">The event's time zone id, in which the venue's time is given.</param>
/// <param name="ExpiryHours">How many hours a meeting request waits for an answer before it expires.</param>
/// <param name="Quota">How many meeting requests each firm may send.</param>
public sealed record MatchmakingSettingsResponse(DateTimeOffset? Deadline, DateTimeOffset? DeadlineAtVenue, string TimeZone, int ExpiryHours, int Quota)
{
    public static MatchmakingSettingsResponse Of(MatchmakingSettings settings, EventInfo e) =>
        new(settings.RequestDeadline?.ToUniversalTime(), settings.RequestDeadline is { } d ? e.ToVenue(d) : null, e.TimeZone.Id, settings.ExpiryHours, settings.QuotaPerParticipant);
}
