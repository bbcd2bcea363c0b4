using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SupplierMeetups.Web.Identity;
using SupplierMeetups.Web.Platform.Localization;
using SupplierMeetups.Web.Platform.Persistence;
using SupplierMeetups.Web.Platform.Refusals;
using SupplierMeetups.Web.Platform.Security;

namespace SupplierMeetups.Web.Matchmaking.Needs;

public sealed record NeedResponse(Guid Id, Guid PrimeFirmId, string Prime, string Title, string Description, IReadOnlyList<string> Capabilities, IReadOnlyList<string> Qualifications);

public sealed record MatchingNeedResponse(NeedResponse Need, Fit Fit);

/// <summary>Primes publish what they look for; primes see suppliers ranked by fit, suppliers see the needs they fit.</summary>
[ApiController]
[Route("api/v1/events/{eventId:guid}/needs")]
[Produces("application/json")]
public sealed class NeedsController(AppDbContext db, Participants participants, Recommendations recommendations, NeedEditor editor, IStringLocalizer<SharedResource> l) : ControllerBase
{
    [HttpGet, Authorize(Roles = Roles.Prime + "," + Roles.Supplier + "," + Roles.Organizer)]
    public async Task<ActionResult<IReadOnlyList<NeedResponse>>> List(Guid eventId, CancellationToken cancellationToken)
    {
        if (!await participants.MayReadAsync(eventId, User, cancellationToken))
        {
            return NotParticipating();
        }
        var needs = await db.Set<PrimeNeed>().AsNoTracking().Where(n => n.EventId == eventId).OrderBy(n => n.CreatedAt).ToListAsync(cancellationToken);
        var primes = await participants.ManyAsync(eventId, needs.Select(n => n.PrimeId).Distinct().ToList(), cancellationToken);
        return Ok(needs.Select(n => NeedOf(n, primes.GetValueOrDefault(n.PrimeId))).ToList());
    }

    [HttpPost, Authorize(Roles = Roles.Prime)]
    [ProducesResponseType<NeedResponse>(StatusCodes.Status201Created)]
    public async Task<IActionResult> Create(Guid eventId, NeedInput input, CancellationToken cancellationToken)
    {
        var me = await participants.SignedInAsync(eventId, User, cancellationToken);
        var outcome = await editor.AddAsync(eventId, me, input, cancellationToken);
        return outcome.Refusal is { } refusal ? this.Refused(refusal) : StatusCode(StatusCodes.Status201Created, NeedOf(outcome.Value!, me));
    }

    /// <summary>Replaces one of the signed-in prime's needs: 404 if there is none, 403 if it is another prime's.</summary>
    [HttpPut("{needId:guid}"), Authorize(Roles = Roles.Prime)]
    [ProducesResponseType<NeedResponse>(StatusCodes.Status200OK)]
    public async Task<IActionResult> Update(Guid eventId, Guid needId, NeedInput input, CancellationToken cancellationToken)
    {
        var me = await participants.SignedInAsync(eventId, User, cancellationToken);
        var outcome = await editor.UpdateAsync(eventId, me, needId, input, cancellationToken);
        return outcome.Refusal is { } refusal ? this.Refused(refusal) : Ok(NeedOf(outcome.Value!, me));
    }

    [HttpDelete("{needId:guid}"), Authorize(Roles = Roles.Prime)]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    public async Task<IActionResult> Delete(Guid eventId, Guid needId, CancellationToken cancellationToken)
    {
        var me = await participants.SignedInAsync(eventId, User, cancellationToken);
        var outcome = await editor.DeleteAsync(eventId, me, needId, cancellationToken);
        return outcome.Refusal is { } refusal ? this.Refused(refusal) : NoContent();
    }

    /// <summary>Suppliers ranked by fit to one of the signed-in prime's needs (organizers may look at any).</summary>
    [HttpGet("{needId:guid}/recommendations"), Authorize(Roles = Roles.Prime + "," + Roles.Organizer)]
    [ProducesResponseType<IReadOnlyList<Fit>>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    public async Task<IActionResult> Recommend(Guid eventId, Guid needId, CancellationToken cancellationToken)
    {
        var need = await db.Set<PrimeNeed>().AsNoTracking().SingleOrDefaultAsync(n => n.Id == needId && n.EventId == eventId, cancellationToken);
        var me = await participants.ApprovedAsync(eventId, User, cancellationToken);
        if (need is null || !User.IsInRole(Roles.Organizer) && need.PrimeId != me?.ParticipationId)
        {
            return Problem(l["There is no such need."], statusCode: StatusCodes.Status404NotFound, title: l["Not found."]);
        }
        return Ok(await recommendations.ForNeedAsync(need, cancellationToken));
    }

    /// <summary>The primes' needs that the signed-in supplier fits, best first, with what matched and what is missing.</summary>
    [HttpGet("matching"), Authorize(Roles = Roles.Supplier)]
    [ProducesResponseType<IReadOnlyList<MatchingNeedResponse>>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    public async Task<IActionResult> Matching(Guid eventId, CancellationToken cancellationToken)
    {
        if (await participants.ApprovedAsync(eventId, User, cancellationToken) is not { } me)
        {
            return NotParticipating();
        }
        var matches = await recommendations.ForSupplierAsync(eventId, me, cancellationToken);
        var primes = await participants.ManyAsync(eventId, matches.Select(m => m.Need.PrimeId).Distinct().ToList(), cancellationToken);
        return Ok(matches.Select(m => new MatchingNeedResponse(NeedOf(m.Need, primes.GetValueOrDefault(m.Need.PrimeId)), m.Fit)).ToList());
    }

    private ObjectResult NotParticipating() =>
        Problem(l["Your firm does not take part in this event."], statusCode: StatusCodes.Status404NotFound, title: l["Not found."]);

    private static NeedResponse NeedOf(PrimeNeed n, FirmCard? prime) =>
        new(n.Id, prime?.FirmId ?? Guid.Empty, prime?.ShortName ?? "", n.Title(LanguageOf.Current), n.Description(LanguageOf.Current), n.Capabilities, n.Qualifications);
}
