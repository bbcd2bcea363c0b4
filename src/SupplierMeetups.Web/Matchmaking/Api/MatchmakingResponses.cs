using SupplierMeetups.Web.Platform.Http.Input;

namespace SupplierMeetups.Web.Matchmaking.Api;

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

public sealed record PublishRequest(Guid? Version);

public sealed record MoveRequest(Guid MeetingId, string Slot, string Table);

public sealed record SwapRequest(Guid First, Guid Second);

public sealed record ScheduleResponse(
    Guid? Version, DateTimeOffset? DraftedAt, DateTimeOffset? PublishedAt, int Accepted, int Scheduled, int Published,
    IReadOnlyList<ParticipantReviewResponse> Participants, IReadOnlyList<PlacedMeetingResponse> Meetings);

public sealed record ParticipantReviewResponse(Guid FirmId, string Firm, string Role, int Requested, int Accepted, int Scheduled, bool Flagged, IReadOnlyList<UnscheduledResponse> Unscheduled);

public sealed record UnscheduledResponse(Guid MeetingId, string Counterpart, int Priority, string Reason);

public sealed record PlacedMeetingResponse(Guid Id, string Prime, string Supplier, string Slot, string Table, bool Published);

public sealed record AgendaResponse(Guid EventId, Guid FirmId, string Firm, IReadOnlyList<AgendaItemResponse> Meetings);

public sealed record AgendaItemResponse(Guid MeetingId, string Slot, DateOnly Date, TimeOnly Start, TimeOnly End, string Table, string Counterpart, string? CounterpartBooth, int Priority);
