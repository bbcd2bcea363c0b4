using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using SupplierMeetups.Web.Platform.Refusals;
using SupplierMeetups.Web.Platform.Security;

namespace SupplierMeetups.Web.Matchmaking.Outcomes;

/// <summary>What came of a meeting, as one side records it.</summary>
/// <param name="Held">The meeting took place.</param>
/// <param name="Nda">A non-disclosure agreement follows.</param>
/// <param name="RequestForQuotation">The prime asks the supplier for a quotation.</param>
/// <param name="SiteVisit">A visit to the supplier's site follows.</param>
/// <param name="PortalRegistration">The supplier registers on the prime's supplier portal.</param>
public sealed record OutcomeResponse(Guid MeetingId, bool Held, bool Nda, bool RequestForQuotation, bool SiteVisit, bool PortalRegistration, DateTimeOffset RecordedAt);

/// <summary>The API of the outcome page beside it: the same service, rules and messages.</summary>
[ApiController]
[Produces("application/json")]
[Authorize(Roles = Roles.Prime + "," + Roles.Supplier)]
public sealed class OutcomesController(Participants participants, OutcomeService outcomes) : ControllerBase
{
    /// <summary>Records (or corrects) the signed-in firm's outcome of one of its published meetings, once the meeting's slot has begun.</summary>
    [HttpPut("/api/v1/events/{eventId:guid}/meetings/{meetingId:guid}/outcome")]
    [ProducesResponseType<OutcomeResponse>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public async Task<IActionResult> Record(Guid eventId, Guid meetingId, OutcomeInput input, CancellationToken cancellationToken)
    {
        var me = await participants.SignedInAsync(eventId, User, cancellationToken);
        var outcome = await outcomes.RecordAsync(eventId, me, meetingId, input, cancellationToken);
        return outcome.Refusal is { } refusal
            ? this.Refused(refusal)
            : Ok(new OutcomeResponse(meetingId, outcome.Value!.Held, outcome.Value.Nda, outcome.Value.RequestForQuotation, outcome.Value.SiteVisit, outcome.Value.PortalRegistration, outcome.Value.RecordedAt));
    }
}
