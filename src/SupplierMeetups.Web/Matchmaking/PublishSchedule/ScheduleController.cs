using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using SupplierMeetups.Web.Identity;
using SupplierMeetups.Web.Matchmaking.AdjustSchedule;
using SupplierMeetups.Web.Matchmaking.DraftSchedule;
using SupplierMeetups.Web.Platform.Persistence;
using SupplierMeetups.Web.Platform.Refusals;
using SupplierMeetups.Web.Platform.Security;

namespace SupplierMeetups.Web.Matchmaking.PublishSchedule;

/// <summary>The organizers' schedule: draft with the engine, review, adjust by hand, publish.</summary>
[ApiController]
[Route("api/v1/events/{eventId:guid}/schedule")]
[Produces("application/json")]
[Authorize(Roles = Roles.Organizer)]
public sealed class ScheduleController(
    AppDbContext db, Participants participants, ScheduleDrafter drafter, ScheduleReview review, ScheduleAdjuster adjuster, SchedulePublisher publisher) : ControllerBase
{
    [HttpGet]
    public async Task<ScheduleResponse> Get(Guid eventId, CancellationToken cancellationToken)
    {
        var model = await review.LoadAsync(eventId, cancellationToken);
        var firms = await participants.AllAsync(eventId, cancellationToken);
        var placed = await db.Set<MeetingRequest>().AsNoTracking()
            .Where(r => r.EventId == eventId && r.Status == RequestStatus.Accepted && r.Slot != null)
            .Select(r => new { r.Id, r.PrimeId, r.SupplierId, r.Slot, r.Table, r.PublishedSlot, r.PublishedTable }).ToListAsync(cancellationToken);
        return new ScheduleResponse(
            model.Schedule?.Version, model.Schedule?.DraftedAt, model.Schedule?.PublishedAt, model.Accepted, model.Scheduled, model.Published,
            model.Participants.Select(p => new ParticipantReviewResponse(
                p.Firm.FirmId, p.Firm.ShortName, p.Firm.IsPrime ? "prime" : "supplier", p.Requested, p.Accepted, p.Scheduled, p.Flagged,
                p.Unscheduled.Select(u => new UnscheduledResponse(u.RequestId, u.Counterpart, u.Priority, u.Reason)).ToList())).ToList(),
            placed.OrderBy(r => r.Slot, StringComparer.Ordinal).ThenBy(r => r.Table, StringComparer.Ordinal)
                .Select(r => new PlacedMeetingResponse(r.Id, firms[r.PrimeId].ShortName, firms[r.SupplierId].ShortName, r.Slot!, r.Table!, r.Slot == r.PublishedSlot && r.Table == r.PublishedTable))
                .ToList());
    }

    /// <summary>Runs the scheduling engine over the accepted requests (published meetings stay fixed) and answers the new draft.</summary>
    [HttpPost("draft")]
    [ProducesResponseType<ScheduleResponse>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    public async Task<IActionResult> Draft(Guid eventId, CancellationToken cancellationToken)
    {
        var outcome = await drafter.DraftAsync(eventId, cancellationToken);
        return outcome.Refusal is { } refusal ? this.Refused(refusal) : Ok(await Get(eventId, cancellationToken));
    }

    [HttpPost("move")]
    [ProducesResponseType<ScheduleResponse>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    public async Task<IActionResult> Move(Guid eventId, MoveRequest body, CancellationToken cancellationToken)
    {
        var outcome = await adjuster.MoveAsync(eventId, body.MeetingId, body.Slot, body.Table, cancellationToken);
        return outcome.Refusal is { } refusal ? this.Refused(refusal) : Ok(await Get(eventId, cancellationToken));
    }

    [HttpPost("swap")]
    [ProducesResponseType<ScheduleResponse>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    public async Task<IActionResult> Swap(Guid eventId, SwapRequest body, CancellationToken cancellationToken)
    {
        var outcome = await adjuster.SwapAsync(eventId, body.First, body.Second, cancellationToken);
        return outcome.Refusal is { } refusal ? this.Refused(refusal) : Ok(await Get(eventId, cancellationToken));
    }

    /// <summary>Send the <c>version</c> you reviewed; if the schedule changed or was published by someone else since, the answer is 409.</summary>
    [HttpPost("publish")]
    [ProducesResponseType<PublishResult>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    public async Task<IActionResult> Publish(Guid eventId, PublishRequest body, CancellationToken cancellationToken)
    {
        var outcome = await publisher.PublishAsync(eventId, body.Version, cancellationToken);
        return outcome.Refusal is { } refusal ? this.Refused(refusal) : Ok(outcome.Value);
    }
}
