using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using SupplierMeetups.Web.Identity;
using SupplierMeetups.Web.Matchmaking.AnswerRequest;
using SupplierMeetups.Web.Platform.Http;
using SupplierMeetups.Web.Platform.Http.Input;
using SupplierMeetups.Web.Platform.Localization;
using SupplierMeetups.Web.Platform.Persistence;
using SupplierMeetups.Web.Platform.RateLimiting;
using SupplierMeetups.Web.Platform.Refusals;
using SupplierMeetups.Web.Platform.Security;

namespace SupplierMeetups.Web.Matchmaking.RequestMeeting;

/// <summary>The API of the pages beside it (NewRequest, MyRequests). A firm's meeting requests: the ones it sent and the ones it received, never anyone else's. Organizers may cancel any.</summary>
[ApiController]
[Route("api/v1/events/{eventId:guid}/meeting-requests")]
[Produces("application/json")]
public sealed class MeetingRequestsController(
    AppDbContext db, Participants participants, MeetingRequestService requests, AnswerRequestService answers, TimeProvider clock) : ControllerBase
{
    private const string Firms = Roles.Prime + "," + Roles.Supplier;

    /// <summary>
    /// The requests the signed-in firm sent or received, newest first: filtered by <c>status</c> (pending, accepted,
    /// declined, cancelled, expired) and <c>q</c> (part of the other firm's name); 50 a page (<c>page</c>, <c>pageSize</c>
    /// up to 200); with an <c>ETag</c> (send it in <c>If-None-Match</c> to get 304 when nothing changed). A firm that
    /// does not take part in the event gets an empty page.
    /// </summary>
    [HttpGet, Authorize(Roles = Firms), ETagged]
    [ProducesResponseType<ItemPage<MeetingRequestResponse>>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    public async Task<ItemPage<MeetingRequestResponse>> List(Guid eventId, [FromQuery] MeetingRequestFilter filter, [FromQuery] PageRequest paging, CancellationToken cancellationToken)
    {
        var me = await participants.SignedInAsync(eventId, User, cancellationToken);
        if (me is null)
        {
            return paging.Of(Array.Empty<MeetingRequestResponse>());
        }
        var mine = await db.Set<MeetingRequest>().AsNoTracking()
            .Where(r => r.EventId == eventId && (r.PrimeId == me.ParticipationId || r.SupplierId == me.ParticipationId))
            .OrderByDescending(r => r.CreatedAt).ToListAsync(cancellationToken);
        var firms = await participants.ManyAsync(eventId, mine.SelectMany(r => new[] { r.PrimeId, r.SupplierId }).Distinct().ToList(), cancellationToken);
        var now = clock.GetUtcNow();
        var folded = string.IsNullOrWhiteSpace(filter.Q) ? null : TurkishText.Fold(filter.Q);
        var all = mine.Select(r => MeetingRequestResponse.From(r, firms, now))
            .Where(r => filter.Status is null || r.Status == filter.Status.Value.ToString().ToLowerInvariant())
            .Where(r => folded is null || TurkishText.Fold(r.PrimeFirmId == me.FirmId ? r.Supplier : r.Prime).Contains(folded, StringComparison.Ordinal))
            .ToList();
        return paging.Of(all);
    }

    [EnableRateLimiting(RateLimitPolicies.MeetingRequests)]
    [HttpPost, Authorize(Roles = Firms)]
    [ProducesResponseType<MeetingRequestResponse>(StatusCodes.Status201Created)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest)]
    public async Task<IActionResult> Create(Guid eventId, RequestMeetingInput input, CancellationToken cancellationToken)
    {
        var me = await participants.SignedInAsync(eventId, User, cancellationToken);
        var outcome = await requests.RequestAsync(eventId, me, input, cancellationToken);
        return outcome.Refusal is { } refusal
            ? this.Refused(refusal)
            : StatusCode(StatusCodes.Status201Created, await ResponseAsync(eventId, outcome.Value!, cancellationToken));
    }

    /// <summary>The asked firm accepts: the request becomes a meeting to schedule; the requester gets an e-mail.</summary>
    [HttpPost("{id:guid}/accept"), Authorize(Roles = Firms)]
    [ProducesResponseType<MeetingRequestResponse>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    public async Task<IActionResult> Accept(Guid eventId, Guid id, CancellationToken cancellationToken)
    {
        var me = await participants.SignedInAsync(eventId, User, cancellationToken);
        return await AnsweredAsync(eventId, await answers.AcceptAsync(eventId, me, id, cancellationToken), cancellationToken);
    }

    [HttpPost("{id:guid}/decline"), Authorize(Roles = Firms)]
    [ProducesResponseType<MeetingRequestResponse>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    public async Task<IActionResult> Decline(Guid eventId, Guid id, DeclineRequest body, CancellationToken cancellationToken)
    {
        var me = await participants.SignedInAsync(eventId, User, cancellationToken);
        return await AnsweredAsync(eventId, await answers.DeclineAsync(eventId, me, id, body.Reason, cancellationToken), cancellationToken);
    }

    /// <summary>Either firm of the request, or an organizer (any request of the event); a published meeting's firms are told.</summary>
    [HttpPost("{id:guid}/cancel"), Authorize(Roles = Firms + "," + Roles.Organizer)]
    [ProducesResponseType<MeetingRequestResponse>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    public async Task<IActionResult> Cancel(Guid eventId, Guid id, CancellationToken cancellationToken)
    {
        var asOrganizer = User.IsInRole(Roles.Organizer);
        var me = asOrganizer ? null : await participants.SignedInAsync(eventId, User, cancellationToken);
        return await AnsweredAsync(eventId, await answers.CancelAsync(eventId, me, asOrganizer, id, cancellationToken), cancellationToken);
    }

    private async Task<IActionResult> AnsweredAsync(Guid eventId, Outcome<MeetingRequest> outcome, CancellationToken cancellationToken) =>
        outcome.Refusal is { } refusal ? this.Refused(refusal) : Ok(await ResponseAsync(eventId, outcome.Value!, cancellationToken));

    private async Task<MeetingRequestResponse> ResponseAsync(Guid eventId, MeetingRequest request, CancellationToken cancellationToken) =>
        MeetingRequestResponse.From(request, await participants.ManyAsync(eventId, [request.PrimeId, request.SupplierId], cancellationToken), clock.GetUtcNow());
}

/// <summary>A meeting request between a prime and a supplier, as both firms see it.</summary>
/// <param name="RequestedBy">Which side asked: "prime" or "supplier".</param>
/// <param name="Priority">How much the requester wants the meeting: 3 = must meet (the highest), 2 = should meet, 1 = nice to meet. The scheduler places higher priorities first.</param>
/// <param name="Status">pending (waiting for an answer), accepted (a meeting to schedule), declined, cancelled, or expired (pending past its expiry; computed when read).</param>
/// <param name="Slot">The published slot ("D1-03": day 1, slot 3) of an accepted request, once the schedule is published.</param>
/// <param name="Table">The published table of an accepted request.</param>
public sealed record MeetingRequestResponse(
    Guid Id, Guid PrimeFirmId, string Prime, Guid SupplierFirmId, string Supplier, string RequestedBy, int Priority, string Note,
    string? PreferredSlot, string Status, string? DeclineReason, DateTimeOffset CreatedAt, DateTimeOffset ExpiresAt, string? Slot, string? Table)
{
    public static MeetingRequestResponse From(MeetingRequest r, IReadOnlyDictionary<Guid, FirmCard> firms, DateTimeOffset now)
    {
        var prime = firms.GetValueOrDefault(r.PrimeId);
        var supplier = firms.GetValueOrDefault(r.SupplierId);
        return new MeetingRequestResponse(
            r.Id, prime?.FirmId ?? Guid.Empty, prime?.ShortName ?? "", supplier?.FirmId ?? Guid.Empty, supplier?.ShortName ?? "",
            r.RequestedBy.ToString().ToLowerInvariant(), r.Priority, r.Note, r.PreferredSlot, r.StatusName(now).ToLowerInvariant(), r.DeclineReason,
            r.CreatedAt, r.ExpiresAt, r.PublishedSlot, r.PublishedTable);
    }
}

public sealed record DeclineRequest([MultilineText] string? Reason);

/// <summary>A request's state as the list filters it (<c>expired</c>: pending past its expiry).</summary>
public enum MeetingRequestState
{
    Pending,
    Accepted,
    Declined,
    Cancelled,
    Expired,
}

/// <summary>The filters of a firm's request list.</summary>
public sealed class MeetingRequestFilter
{
    /// <summary>Only requests in this state (any case).</summary>
    public MeetingRequestState? Status { get; set; }

    /// <summary>Part of the other firm's short name, any case, Turkish letters or not.</summary>
    [System.ComponentModel.DataAnnotations.StringLength(100, ErrorMessage = Platform.Http.ValidationMessages.MaxLength)]
    public string? Q { get; set; }
}
