namespace SupplierMeetups.Web.Matchmaking.Contracts;

/// <summary>An accepted meeting with a published slot, by the prime's participation.</summary>
public sealed record PublishedMeeting(Guid MeetingId, Guid PrimeParticipationId);

/// <summary>What one side (<paramref name="ParticipationId"/>) recorded of a meeting afterwards.</summary>
public sealed record RecordedOutcome(
    Guid MeetingId, Guid ParticipationId, bool Held, bool Nda, bool RequestForQuotation, bool SiteVisit, bool PortalRegistration);

/// <summary>The published meetings of an event and the outcomes their sides recorded, for reports.</summary>
public interface IMeetingOutcomes
{
    Task<IReadOnlyList<PublishedMeeting>> PublishedMeetingsAsync(Guid eventId, CancellationToken cancellationToken);

    Task<IReadOnlyList<RecordedOutcome>> RecordedAsync(Guid eventId, CancellationToken cancellationToken);
}
