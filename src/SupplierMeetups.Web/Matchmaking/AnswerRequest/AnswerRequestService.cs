using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SupplierMeetups.Web.Events.Contracts;
using SupplierMeetups.Web.Matchmaking.Contracts;
using SupplierMeetups.Web.Matchmaking.PublishSchedule;
using SupplierMeetups.Web.Matchmaking.RequestMeeting;
using SupplierMeetups.Web.Platform.Audit;
using SupplierMeetups.Web.Platform.Localization;
using SupplierMeetups.Web.Platform.Messaging;
using SupplierMeetups.Web.Platform.Persistence;
using SupplierMeetups.Web.Platform.Refusals;

namespace SupplierMeetups.Web.Matchmaking.AnswerRequest;

/// <summary>The asked side accepts or declines (the asking firm is told); either side may cancel. A firm only ever touches requests it is part of.</summary>
public sealed class AnswerRequestService(
    AppDbContext db, IEventClosure closure, TimeProvider clock, AgendaNotices notices, MeetingRequestNotices requestNotices, AuditLog audit, IStringLocalizer<SharedResource> l,
    IModuleEvents moduleEvents)
{
    public async Task<Outcome<MeetingRequest>> AcceptAsync(Guid eventId, FirmCard? me, Guid requestId, CancellationToken cancellationToken)
    {
        var (request, refusal) = await PendingForRecipientAsync(eventId, me, requestId, cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }
        request!.Accept(clock.GetUtcNow());
        await requestNotices.AddAcceptedAsync(request, cancellationToken);
        await moduleEvents.PublishAsync(new MeetingAccepted(eventId, request.Id, request.PrimeId, request.SupplierId), cancellationToken);
        return await SaveAnswerAsync(request, cancellationToken);
    }

    public async Task<Outcome<MeetingRequest>> DeclineAsync(Guid eventId, FirmCard? me, Guid requestId, string? reason, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            return new Refusal(l["Please give a reason for declining."]);
        }
        var (request, refusal) = await PendingForRecipientAsync(eventId, me, requestId, cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }
        request!.Decline(reason.Trim()[..Math.Min(reason.Trim().Length, 500)], clock.GetUtcNow());
        await requestNotices.AddDeclinedAsync(request, cancellationToken);
        return await SaveAnswerAsync(request, cancellationToken);
    }

    /// <summary>Frees the meeting's slot; if it was published, both firms are told in the same transaction.</summary>
    public async Task<Outcome<MeetingRequest>> CancelAsync(Guid eventId, FirmCard? me, bool asOrganizer, Guid requestId, CancellationToken cancellationToken)
    {
        var request = await db.Set<MeetingRequest>().SingleOrDefaultAsync(r => r.Id == requestId && r.EventId == eventId, cancellationToken);
        if (request is null || !asOrganizer && (me is null || !request.Involves(me.ParticipationId)))
        {
            return new Refusal(l["There is no such meeting request."], StatusCodes.Status404NotFound);
        }
        if (!asOrganizer && await closure.RefusalIfOverAsync(eventId, cancellationToken) is { } over)
        {
            return over;
        }
        if (!request.IsActive(clock.GetUtcNow()))
        {
            return new Refusal(l["This request is no longer open."], StatusCodes.Status409Conflict);
        }
        var wasPublished = request.IsPublished ? (request.PublishedSlot, request.PublishedTable) : default;
        var wasMeeting = request.Status == RequestStatus.Accepted;
        request.Cancel();
        await moduleEvents.PublishAsync(new MeetingCancelled(eventId, request.Id, request.PrimeId, request.SupplierId, asOrganizer), cancellationToken);
        if (asOrganizer || wasMeeting)
        {
            await audit.RecordAsync(AuditActions.MeetingCancelled, "meeting-request", request.Id, eventId,
                $"prime {request.PrimeId}, supplier {request.SupplierId}{(wasPublished.PublishedSlot is { } slot ? $", published {slot} {wasPublished.PublishedTable}" : "")}", cancellationToken);
        }
        if (wasPublished.PublishedSlot is not null)
        {
            await notices.AddCancelledAsync(eventId, request, wasPublished.PublishedSlot, cancellationToken);
        }
        return await SaveAnswerAsync(request, cancellationToken, l["This request is no longer open."]);
    }

    /// <summary>
    /// The change and its e-mail are one save guarded by the request's version: when another answer (or a cancellation)
    /// was saved since this one read the request, nothing is saved, nobody is told, and the caller hears 409.
    /// </summary>
    private async Task<Outcome<MeetingRequest>> SaveAnswerAsync(MeetingRequest request, CancellationToken cancellationToken, string? lostMessage = null)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return request;
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return new Refusal(lostMessage ?? l["This request has already been answered."], StatusCodes.Status409Conflict);
        }
    }

    private async Task<(MeetingRequest? Request, Refusal? Refusal)> PendingForRecipientAsync(Guid eventId, FirmCard? me, Guid requestId, CancellationToken cancellationToken)
    {
        var request = await db.Set<MeetingRequest>().SingleOrDefaultAsync(r => r.Id == requestId && r.EventId == eventId, cancellationToken);
        if (request is null || me is null || !request.Involves(me.ParticipationId))
        {
            return (null, new Refusal(l["There is no such meeting request."], StatusCodes.Status404NotFound));
        }
        if (await closure.RefusalIfOverAsync(eventId, cancellationToken) is { } over)
        {
            return (null, over);
        }
        if (request.RecipientId != me.ParticipationId)
        {
            return (null, new Refusal(l["Only the firm that was asked can answer this request."], StatusCodes.Status403Forbidden));
        }
        if (request.IsExpired(clock.GetUtcNow()))
        {
            return (null, new Refusal(l["This request has expired."], StatusCodes.Status409Conflict));
        }
        if (request.Status != RequestStatus.Pending)
        {
            return (null, new Refusal(l["This request has already been answered."], StatusCodes.Status409Conflict));
        }
        return (request, null);
    }
}
