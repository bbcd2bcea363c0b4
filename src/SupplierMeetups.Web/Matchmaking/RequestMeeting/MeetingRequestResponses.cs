using SupplierMeetups.Web.Platform.Http.Input;

namespace SupplierMeetups.Web.Matchmaking.RequestMeeting;

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
