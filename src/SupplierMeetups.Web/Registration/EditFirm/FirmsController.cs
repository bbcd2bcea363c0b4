using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SupplierMeetups.Web.Events.Contracts;
using SupplierMeetups.Web.Identity;
using SupplierMeetups.Web.Platform.Http;
using SupplierMeetups.Web.Platform.Persistence;
using SupplierMeetups.Web.Platform.RateLimiting;
using SupplierMeetups.Web.Platform.Refusals;
using SupplierMeetups.Web.Platform.Security;
using SupplierMeetups.Web.Registration.RegisterFirm;

namespace SupplierMeetups.Web.Registration.EditFirm;

[ApiController]
[Route("api/v1/events/{eventId:guid}/firms")]
[Produces("application/json")]
public sealed class FirmsController(AppDbContext db, IEventQueries events, FirmAccess access, IStringLocalizer<SharedResource> l) : ControllerBase
{
    /// <summary>
    /// Registers a firm for the event (anonymous: with the contact's account fields; signed in: as its contact). <c>acceptConsent</c>
    /// must be true: the contact accepts the event's personal data notice (<c>GET .../consent</c>); <c>consentTextId</c> names the
    /// version shown, the current one when left out. A repeated <c>submissionToken</c> registers nothing again: its own contact
    /// (signed in) and organizers get the registration (200), anyone else only <c>{"repeated": true}</c> (202): each answer has
    /// one shape, so a generated client reads 200 and 201 as the firm.
    /// </summary>
    [EnableRateLimiting(RateLimitPolicies.Registration)]
    [HttpPost, AllowAnonymous]
    [ProducesResponseType<FirmResponse>(StatusCodes.Status201Created)]
    [ProducesResponseType<FirmResponse>(StatusCodes.Status200OK)]
    [ProducesResponseType<RepeatedRegistrationResponse>(StatusCodes.Status202Accepted)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    public async Task<IActionResult> Register(Guid eventId, RegisterFirmInput input, [FromServices] FirmRegistrar registrar, CancellationToken cancellationToken)
    {
        var outcome = await registrar.RegisterAsync(eventId, input, User, HttpContext.Connection.RemoteIpAddress?.ToString(), cancellationToken);
        if (outcome.Refusal is { } refusal)
        {
            return this.Refused(refusal);
        }
        var (p, repeated) = outcome.Value!;
        if (repeated && await access.ViewAsync(User, p.FirmId, cancellationToken) != FirmView.Full)
        {
            // Whoever holds the token learns that it was used, not the registration behind it.
            return Accepted(new RepeatedRegistrationResponse(true));
        }
        var firm = await db.Set<Firm>().AsNoTracking().SingleAsync(f => f.Id == p.FirmId, cancellationToken);
        var body = FirmResponse.From(firm, p, FirmView.Full, await EventEndAsync(eventId, cancellationToken));
        return repeated ? Ok(body) : CreatedAtAction(nameof(Get), new { eventId, firmId = firm.Id }, body);
    }

    /// <summary>
    /// The firm with its participation in the event and its booth (once assigned): in full for its own users and organizers,
    /// the public profile for primes (no tax number, rejection reason, booth request or MSB document number; only shared proofs).
    /// </summary>
    [HttpGet("{firmId:guid}"), Authorize]
    [ProducesResponseType<FirmResponse>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    public async Task<IActionResult> Get(Guid eventId, Guid firmId, [FromServices] IFirmBoothOfEvent booths, CancellationToken cancellationToken)
    {
        var (firm, participation) = await LoadAsync(eventId, firmId, cancellationToken);
        if (firm is null || participation is null)
        {
            return FirmNotFound();
        }
        var view = await access.ViewAsync(User, firmId, cancellationToken);
        return view == FirmView.None
            ? Forbidden()
            : Ok(FirmResponse.From(firm, participation, view, await EventEndAsync(eventId, cancellationToken)) with
            {
                Booth = await booths.OfFirmAsync(eventId, firmId, cancellationToken),
            });
    }

    /// <summary>Replaces the firm's profile (and qualifications when sent). The firm's own users and organizers only.</summary>
    [HttpPut("{firmId:guid}"), Authorize]
    [ProducesResponseType<FirmResponse>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden)]
    public async Task<IActionResult> Update(Guid eventId, Guid firmId, FirmUpdateInput input, [FromServices] FirmEditor editor, CancellationToken cancellationToken)
    {
        var (firm, participation) = await LoadAsync(eventId, firmId, cancellationToken);
        if (firm is null || participation is null)
        {
            return FirmNotFound();
        }
        if (!await access.CanEditAsync(User, firmId, cancellationToken))
        {
            return Forbidden();
        }
        var outcome = await editor.UpdateAsync(firm, input, input.Qualifications, cancellationToken);
        return outcome.Refusal is { } refusal
            ? this.Refused(refusal)
            : Ok(FirmResponse.From(outcome.Value!, participation, FirmView.Full, await EventEndAsync(eventId, cancellationToken)));
    }

    private async Task<(Firm? Firm, Participation? Participation)> LoadAsync(Guid eventId, Guid firmId, CancellationToken cancellationToken)
    {
        var firm = await db.Set<Firm>().SingleOrDefaultAsync(f => f.Id == firmId, cancellationToken);
        var participation = await db.Set<Participation>().SingleOrDefaultAsync(p => p.EventId == eventId && p.FirmId == firmId, cancellationToken);
        return (firm, participation);
    }

    private async Task<DateOnly> EventEndAsync(Guid eventId, CancellationToken cancellationToken) =>
        (await events.GetAsync(eventId, cancellationToken)).EndDate;

    private ObjectResult FirmNotFound() => this.FirmNotFound(l);

    private ObjectResult Forbidden() => this.FirmForbidden(l);
}
