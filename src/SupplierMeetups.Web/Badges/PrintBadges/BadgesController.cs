using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SupplierMeetups.Web.Events.Contracts;
using SupplierMeetups.Web.Identity;
using SupplierMeetups.Web.Platform.Http;
using SupplierMeetups.Web.Platform.Localization;
using SupplierMeetups.Web.Platform.Persistence;
using SupplierMeetups.Web.Platform.Security;

namespace SupplierMeetups.Web.Badges.PrintBadges;

[ApiController]
[Produces("application/json")]
public sealed class BadgesController(AppDbContext db, IEventQueries events, BadgeLinks links, IStringLocalizer<SharedResource> l) : ControllerBase
{
    /// <summary>
    /// A badge's PDF. Open with the key from the badge e-mail, or signed in as the holder or an organizer.
    /// </summary>
    [HttpGet("/badges/{id:guid}.pdf"), AllowAnonymous]
    [Produces("application/pdf")]
    [ProducesResponseType<Stream>(StatusCodes.Status200OK, "application/pdf")]
    public async Task<IActionResult> Download(Guid id, string? key, [FromServices] BadgeRendering rendering, CancellationToken cancellationToken)
    {
        var badge = await db.Set<Badge>().AsNoTracking().SingleOrDefaultAsync(b => b.Id == id, cancellationToken);
        if (badge is null)
        {
            return NotFoundProblem();
        }
        if (!links.IsValidKey(id, key) && !IsHolderOrOrganizer(badge))
        {
            return User.Identity?.IsAuthenticated == true ? Forbid() : Unauthorized();
        }
        var pdf = await rendering.SingleAsync(id, LanguageOf.Current, cancellationToken);
        return pdf is null ? NotFoundProblem() : File(pdf, "application/pdf", BadgeIssuer.BadgeFileName(badge));
    }

    /// <summary>The signed-in person's badges, revoked ones included (with <c>status</c> Revoked).</summary>
    [HttpGet("/api/v1/badges/mine"), Authorize]
    public async Task<IReadOnlyList<BadgeResponse>> Mine(CancellationToken cancellationToken)
    {
        var userId = CurrentUserId();
        var badges = await db.Set<Badge>().AsNoTracking().Where(b => b.HolderUserId == userId).ToListAsync(cancellationToken);
        return badges.OrderBy(b => b.RevokedAt != null).ThenByDescending(b => b.IssuedAt).Select(b => BadgeResponse.From(b, links)).ToList();
    }

    /// <summary>
    /// The event's badges, revoked ones included (<c>status</c>), in Turkish alphabetical order of the holder; filtered by
    /// <c>type</c>, <c>status</c> and <c>q</c>; 50 a page (<c>page</c>, <c>pageSize</c> up to 200); with an <c>ETag</c>
    /// (send it in <c>If-None-Match</c> to get 304 when nothing changed).
    /// </summary>
    [HttpGet("/api/v1/events/{eventId:guid}/badges"), Authorize(Roles = Roles.Organizer), ETagged]
    [ProducesResponseType<ItemPage<BadgeResponse>>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    public async Task<ItemPage<BadgeResponse>> List(Guid eventId, [FromQuery] BadgeFilter filter, [FromQuery] PageRequest paging, CancellationToken cancellationToken)
    {
        var badges = await db.Set<Badge>().AsNoTracking()
            .Where(b => b.EventId == eventId && (filter.Type == null || b.Type == filter.Type))
            .Where(b => filter.Status == null || (filter.Status == BadgeStatus.Revoked ? b.RevokedAt != null : b.RevokedAt == null))
            .ToListAsync(cancellationToken);
        var folded = string.IsNullOrWhiteSpace(filter.Q) ? null : TurkishText.Fold(filter.Q);
        var all = badges
            .Where(b => folded is null || TurkishText.Fold(b.PersonName).Contains(folded, StringComparison.Ordinal) || TurkishText.Fold(b.Organization).Contains(folded, StringComparison.Ordinal))
            .OrderBy(b => b.PersonName, TurkishText.Order).ThenBy(b => b.Id)
            .Select(b => BadgeResponse.From(b, links)).ToList();
        return paging.Of(all);
    }

    /// <summary>Issues a badge by hand (staff, press, guests); e-mails it when an address is given.</summary>
    [HttpPost("/api/v1/events/{eventId:guid}/badges"), Authorize(Roles = Roles.Organizer)]
    [ProducesResponseType<BadgeResponse>(StatusCodes.Status201Created)]
    public async Task<IActionResult> Issue(Guid eventId, IssueBadgeRequest request, [FromServices] BadgeIssuer issuer, CancellationToken cancellationToken)
    {
        if (!await events.ExistsAsync(eventId, cancellationToken))
        {
            return Problem(l["There is no such event."], statusCode: StatusCodes.Status404NotFound, title: l["Not found."]);
        }
        var holder = new BadgeHolder("manual", Guid.NewGuid(), request.PersonName.Trim(), request.Organization.Trim(), null, request.Email?.Trim(), LanguageOf.Current);
        var badge = await issuer.IssueAsync(eventId, request.Type!.Value, holder, request.Booth?.Trim(), cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return Created($"/badges/{badge.Id}.pdf", BadgeResponse.From(badge, links));
    }

    /// <summary>All of an event's badges in one PDF for printing: A6 per page, or four A6 on each A4 sheet.</summary>
    [HttpGet("/api/v1/events/{eventId:guid}/badges.pdf"), Authorize(Roles = Roles.Organizer)]
    [Produces("application/pdf")]
    [ProducesResponseType<Stream>(StatusCodes.Status200OK, "application/pdf")]
    public async Task<IActionResult> Batch(Guid eventId, BadgeType? type, BadgeSheetLayout? layout, [FromServices] BadgeRendering rendering, CancellationToken cancellationToken)
    {
        if (!await events.ExistsAsync(eventId, cancellationToken))
        {
            return Problem(l["There is no such event."], statusCode: StatusCodes.Status404NotFound, title: l["Not found."]);
        }
        var pdf = await rendering.BatchAsync(eventId, type, layout ?? BadgeSheetLayout.A4FourUp, LanguageOf.Current, cancellationToken);
        if (pdf is null)
        {
            return Problem(l["There are no badges to print."], statusCode: StatusCodes.Status404NotFound, title: l["Not found."]);
        }
        return File(pdf, "application/pdf", $"badges-{(type?.ToString() ?? "all").ToLowerInvariant()}.pdf");
    }

    private bool IsHolderOrOrganizer(Badge badge) =>
        User.IsInRole(Roles.Organizer) || (badge.HolderUserId is { } holder && holder == CurrentUserId());

    private Guid? CurrentUserId() =>
        SignedInUser.IdOf(User);

    private ObjectResult NotFoundProblem() =>
        Problem(l["There is no such badge."], statusCode: StatusCodes.Status404NotFound, title: l["Not found."]);
}
