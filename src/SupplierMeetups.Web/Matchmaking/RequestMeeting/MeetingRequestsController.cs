using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using SupplierMeetups.Web.Identity;
using SupplierMeetups.Web.Matchmaking.AnswerRequest;
using SupplierMeetups.Web.Platform.Http.Input;
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

    [HttpGet, Authorize(Roles = Firms)]
    public async Task<IReadOnlyList<MeetingRequestResponse>> List(Guid eventId, CancellationToken cancellationToken)
    {
        var me = await participants.SignedInAsync(eventId, User, cancellationToken);
        if (me is null)
        {
            return [];
        }
        var mine = await db.Set<MeetingRequest>().AsNoTracking()
            .Where(r => r.EventId == eventId && (r.PrimeId == me.ParticipationId || r.SupplierId == me.ParticipationId))
            .OrderByDescending(r => r.CreatedAt).ToListAsync(cancellationToken);
        var firms = await participants.ManyAsync(eventId, mine.SelectMany(r => new[] { r.PrimeId, r.SupplierId }).Distinct().ToList(), cancellationToken);
        var now = clock.GetUtcNow();
        return mine.Select(r => MeetingRequestResponse.From(r, firms, now)).ToList();
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

    [HttpPost("{id:guid}/accept"), Authorize(Roles = Firms)]
    public async Task<IActionResult> Accept(Guid eventId, Guid id, CancellationToken cancellationToken)
    {
        var me = await participants.SignedInAsync(eventId, User, cancellationToken);
        return await AnsweredAsync(eventId, await answers.AcceptAsync(eventId, me, id, cancellationToken), cancellationToken);
    }

    [HttpPost("{id:guid}/decline"), Authorize(Roles = Firms)]
    public async Task<IActionResult> Decline(Guid eventId, Guid id, DeclineRequest body, CancellationToken cancellationToken)
    {
        var me = await participants.SignedInAsync(eventId, User, cancellationToken);
        return await AnsweredAsync(eventId, await answers.DeclineAsync(eventId, me, id, body.Reason, cancellationToken), cancellationToken);
    }

    /// <summary>Either firm of the request, or an organizer (any request of the event); a published meeting's firms are told.</summary>
    [HttpPost("{id:guid}/cancel"), Authorize(Roles = Firms + "," + Roles.Organizer)]
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
