using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using SupplierMeetups.Web.Events.Contracts;
using SupplierMeetups.Web.Platform.Refusals;
using SupplierMeetups.Web.Platform.Security;
using SupplierMeetups.Web.Registration.EditFirm;

namespace SupplierMeetups.Web.Registration.RegisterFirm;

/// <summary>The API of the invite page beside it: organizers invite a prime contractor into the event.</summary>
[ApiController]
[Route("api/v1/events/{eventId:guid}/primes")]
[Produces("application/json")]
[Tags("Firms")]
[Authorize(Roles = Roles.Organizer)]
public sealed class PrimeInvitationsController(PrimeInvitations invitations, IEventQueries events) : ControllerBase
{
    /// <summary>
    /// Invites a prime contractor: its participation is created approved and its contact gets (or keeps) a Prime account,
    /// with an e-mail to set the password (201). A firm with this tax number already registered for the event is refused
    /// at <c>taxNumber</c>. The same invitation again (the same firm as a prime with the same contact) answers 200 with
    /// the first one's firm and sends nothing more.
    /// </summary>
    [HttpPost]
    [ProducesResponseType<FirmResponse>(StatusCodes.Status201Created)]
    [ProducesResponseType<FirmResponse>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public async Task<IActionResult> Invite(Guid eventId, PrimeInviteInput input, CancellationToken cancellationToken)
    {
        var outcome = await invitations.InviteAsync(eventId, input, cancellationToken);
        if (outcome.Refusal is { } refusal)
        {
            return this.Refused(refusal);
        }
        var (participation, firm, already) = outcome.Value!;
        var body = FirmResponse.From(firm, participation, FirmView.Full, (await events.GetAsync(eventId, cancellationToken)).EndDate);
        return already ? Ok(body) : Created($"/api/v1/events/{eventId}/firms/{firm.Id}", body);
    }
}
