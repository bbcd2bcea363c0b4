using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SupplierMeetups.Web.Events.Contracts;
using SupplierMeetups.Web.Matchmaking.Availability;
using SupplierMeetups.Web.Matchmaking.Contracts;
using SupplierMeetups.Web.Platform.Http;
using SupplierMeetups.Web.Platform.Http.Input;
using SupplierMeetups.Web.Platform.Localization;
using SupplierMeetups.Web.Platform.Messaging;
using SupplierMeetups.Web.Platform.Persistence;
using SupplierMeetups.Web.Platform.Refusals;

namespace SupplierMeetups.Web.Matchmaking.RequestMeeting;

/// <summary>Creates a meeting request after every rule of the event holds, telling the asked firm in the same save; a refused request saves nothing.</summary>
public sealed class MeetingRequestService(
    AppDbContext db, Participants participants, IParticipantFirms firms, IEventQueries events, IEventDays days, MeetingRequestNotices notices, TimeProvider clock, IStringLocalizer<SharedResource> l,
    IModuleEvents moduleEvents)
{
    /// <summary>
    /// The rules (one open request per pair, the requester's quota) are checked and the request inserted under the row
    /// locks of both firms' participations, taken in a fixed order, so that simultaneous requests from either side are
    /// decided one after the other: the first is saved, the others are refused with 409 and nobody is e-mailed twice.
    /// </summary>
    public async Task<Outcome<MeetingRequest>> RequestAsync(Guid eventId, FirmCard? requester, RequestMeetingInput input, CancellationToken cancellationToken)
    {
        await using var transaction = await db.BeginWriteAsync(cancellationToken);
        var outcome = await CheckAndAddAsync(eventId, requester, input, cancellationToken);
        if (outcome.Value is not null)
        {
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        return outcome;
    }

    private async Task<Outcome<MeetingRequest>> CheckAndAddAsync(Guid eventId, FirmCard? requester, RequestMeetingInput input, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var theEvent = await events.FindAsync(eventId, cancellationToken);
        if (theEvent is null)
        {
            return new Refusal(l["There is no such event."], StatusCodes.Status404NotFound);
        }
        var when = (await days.FindAsync(eventId, cancellationToken))!;
        if (when.IsOverAt(now))
        {
            return new Refusal(l["This event is over."], StatusCodes.Status409Conflict);
        }
        if (requester is not { Status: ParticipationStatus.Approved })
        {
            return new Refusal(l["Your firm is not an approved participant of this event."], StatusCodes.Status403Forbidden);
        }
        var target = await participants.ByFirmAsync(eventId, input.FirmId!.Value, cancellationToken);
        if (target is null || target.Status != ParticipationStatus.Approved)
        {
            return new Refusal(l["This firm is not an approved participant of this event."]);
        }
        if (target.IsPrime == requester.IsPrime)
        {
            return new Refusal(requester.IsPrime ? l["Primes can request meetings with suppliers only."] : l["Suppliers can request meetings with primes only."]);
        }
        var settings = await db.Set<MatchmakingSettings>().AsNoTracking().SingleOrDefaultAsync(s => s.EventId == eventId, cancellationToken)
                       ?? MatchmakingSettings.DefaultsFor(eventId);
        if (settings.RequestDeadline is { } deadline && now > deadline)
        {
            return new Refusal(l["The deadline for meeting requests has passed."]);
        }
        var (primeId, supplierId) = requester.IsPrime ? (requester.ParticipationId, target.ParticipationId) : (target.ParticipationId, requester.ParticipationId);
        foreach (var locked in new[] { primeId, supplierId }.Order())
        {
            await firms.LockAsync(locked, cancellationToken);
        }
        var between = await db.Set<MeetingRequest>().AsNoTracking()
            .Where(r => r.EventId == eventId && r.PrimeId == primeId && r.SupplierId == supplierId).ToListAsync(cancellationToken);
        if (between.Any(r => r.IsActive(now)))
        {
            return new Refusal(l["There is already a meeting request between your firm and {0}.", target.ShortName], StatusCodes.Status409Conflict);
        }
        var requesterSide = requester.IsPrime ? Side.Prime : Side.Supplier;
        var sent = await db.Set<MeetingRequest>().AsNoTracking()
            .Where(r => r.EventId == eventId && r.RequestedBy == requesterSide && (r.PrimeId == requester.ParticipationId || r.SupplierId == requester.ParticipationId)
                        && (r.Status == RequestStatus.Pending || r.Status == RequestStatus.Accepted))
            .Select(r => new { r.Status, r.ExpiresAt }).ToListAsync(cancellationToken);
        if (sent.Count(r => r.Status == RequestStatus.Accepted || r.ExpiresAt > now) >= settings.QuotaPerParticipant)
        {
            return new Refusal(l["Your firm has reached its quota of {0} meeting requests for this event.", settings.QuotaPerParticipant]);
        }
        var slotRefusal = await CheckSlotAsync(theEvent, input.PreferredSlot, requester, target, cancellationToken);
        if (slotRefusal is not null)
        {
            return slotRefusal;
        }

        var request = new MeetingRequest
        {
            EventId = eventId,
            PrimeId = primeId,
            SupplierId = supplierId,
            RequestedBy = requesterSide,
            Priority = input.Priority,
            Note = input.Note?.Trim() ?? "",
            PreferredSlot = input.PreferredSlot is { Length: > 0 } preferred ? preferred : null,
            Status = RequestStatus.Pending,
            CreatedAt = now,
            // A request never waits for an answer past the event's end.
            ExpiresAt = MatchmakingSettings.ExpiryOf(now, settings.ExpiryHours, when.EndsAt),
        };
        db.Add(request);
        await notices.AddReceivedAsync(request, cancellationToken);
        await moduleEvents.PublishAsync(new MeetingRequested(eventId, request.Id, primeId, supplierId, requesterSide.ToString(), request.Priority), cancellationToken);
        return request;
    }

    /// <summary>A meeting both sides can never attend is refused now rather than left for the engine to report.</summary>
    private async Task<Refusal?> CheckSlotAsync(EventInfo theEvent, string? preferredSlot, FirmCard requester, FirmCard target, CancellationToken cancellationToken)
    {
        var slots = theEvent.Slots().Select(s => s.Id).ToList();
        var ids = new[] { requester.ParticipationId, target.ParticipationId };
        var unavailable = await db.Set<FirmAvailability>().AsNoTracking().Where(a => ids.Contains(a.ParticipationId))
            .ToDictionaryAsync(a => a.ParticipationId, a => a.UnavailableSlots.ToHashSet(StringComparer.Ordinal), cancellationToken);
        var mine = unavailable.GetValueOrDefault(requester.ParticipationId) ?? [];
        var theirs = unavailable.GetValueOrDefault(target.ParticipationId) ?? [];
        if (preferredSlot is { Length: > 0 } slot)
        {
            if (!slots.Contains(slot))
            {
                return new Refusal(l["{0} is not a meeting slot of this event.", slot]);
            }
            if (theirs.Contains(slot))
            {
                return new Refusal(l["{0} has marked the slot {1} as unavailable.", target.ShortName, slot]);
            }
            if (mine.Contains(slot))
            {
                return new Refusal(l["Your firm has marked the slot {0} as unavailable.", slot]);
            }
        }
        if (slots.Count > 0 && !slots.Any(s => !mine.Contains(s) && !theirs.Contains(s)))
        {
            return new Refusal(l["Your firm and {0} are never available in the same slot.", target.ShortName]);
        }
        return null;
    }
}

/// <summary>A firm asks another for a meeting; the same for the page and the API.</summary>
public sealed class RequestMeetingInput
{
    /// <summary>The firm to meet (its firm id).</summary>
    [Required(ErrorMessage = ValidationMessages.Required), Display(Name = "Firm")]
    public Guid? FirmId { get; set; }

    /// <summary>How much the requester wants the meeting: 3 = must meet (the highest), 2 = should meet (the default), 1 = nice to meet. The scheduler places higher priorities first.</summary>
    [Range(1, 3, ErrorMessage = ValidationMessages.Range), Display(Name = "Priority")]
    public int Priority { get; set; } = Priorities.Should;

    [MultilineText, StringLength(500, ErrorMessage = ValidationMessages.MaxLength), Display(Name = "Note")]
    public string? Note { get; set; }

    /// <summary>A slot id ("D1-03") the requester would like; both firms must be available in it.</summary>
    [StringLength(16, ErrorMessage = ValidationMessages.MaxLength), Display(Name = "Preferred slot")]
    public string? PreferredSlot { get; set; }
}
