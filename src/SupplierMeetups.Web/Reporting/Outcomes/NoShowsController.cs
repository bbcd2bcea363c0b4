using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using SupplierMeetups.Web.CheckIn.Contracts;
using SupplierMeetups.Web.Platform.Refusals;
using SupplierMeetups.Web.Platform.Security;

namespace SupplierMeetups.Web.Reporting.Outcomes;

/// <summary>The API of the outcomes page's no-show list beside it: the no-shows the meeting tables propose, and the organizer's confirmation.</summary>
[ApiController]
[Route("api/v1/events/{eventId:guid}/no-shows")]
[Produces("application/json")]
[Tags("Matchmaking")]
[Authorize(Roles = Roles.Organizer)]
public sealed class NoShowsController(NoShowConfirmations noShows) : ControllerBase
{
    /// <summary>
    /// The event's ended meetings with a side missing at the table (not scanned there), newest slot first, confirmed or
    /// not. Empty while no table of the event has scanned anyone: an event that does not check meetings in proposes nothing.
    /// </summary>
    [HttpGet]
    [ProducesResponseType<List<NoShowResponse>>(StatusCodes.Status200OK)]
    public async Task<List<NoShowResponse>> List(Guid eventId, CancellationToken cancellationToken) =>
        (await noShows.ProposedAsync(eventId, cancellationToken)).Select(NoShowResponse.Of).ToList();

    /// <summary>
    /// Confirms the proposed no-show of the meeting. Sent again, it answers the same confirmation and records nothing
    /// more. 409 when the meeting is not a proposed no-show (both sides were scanned, its slot has not ended, or it is
    /// not a published meeting of this event).
    /// </summary>
    [HttpPost("{meetingId:guid}/confirmation")]
    [ProducesResponseType<NoShowResponse>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    public async Task<IActionResult> Confirm(Guid eventId, Guid meetingId, CancellationToken cancellationToken)
    {
        var outcome = await noShows.ConfirmAsync(eventId, meetingId, SignedInUser.IdOf(User) ?? Guid.Empty, cancellationToken);
        return outcome.Refusal is { } refusal ? this.Refused(refusal) : Ok(NoShowResponse.Of(outcome.Value!));
    }
}

/// <summary>A published meeting whose slot has ended without both sides scanned at the table.</summary>
/// <param name="MeetingId">The meeting.</param>
/// <param name="Slot">Its slot code (day and time, e.g. "D1-03").</param>
/// <param name="Table">Its table code.</param>
/// <param name="PrimeParticipationId">The prime contractor's participation in the event.</param>
/// <param name="SupplierParticipationId">The supplier's participation in the event.</param>
/// <param name="PrimePresent">True when a representative of the prime was scanned at the table.</param>
/// <param name="SupplierPresent">True when a representative of the supplier was scanned at the table.</param>
/// <param name="Confirmed">True once an organizer confirmed the no-show.</param>
/// <param name="ConfirmedAt">When it was confirmed; null while only proposed.</param>
public sealed record NoShowResponse(
    Guid MeetingId, string Slot, string Table, Guid PrimeParticipationId, Guid SupplierParticipationId, bool PrimePresent, bool SupplierPresent,
    bool Confirmed, DateTimeOffset? ConfirmedAt)
{
    public static NoShowResponse Of(ProposedNoShow n) =>
        new(n.MeetingId, n.Slot, n.Table, n.PrimeParticipationId, n.SupplierParticipationId, n.PrimePresent, n.SupplierPresent, n.ConfirmedAt is not null, n.ConfirmedAt);
}
