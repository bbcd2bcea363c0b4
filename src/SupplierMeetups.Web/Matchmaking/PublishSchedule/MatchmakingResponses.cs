namespace SupplierMeetups.Web.Matchmaking.PublishSchedule;

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
