using SupplierMeetups.Web.Platform.Http.Input;

namespace SupplierMeetups.Web.Matchmaking.RequestMeeting;

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
