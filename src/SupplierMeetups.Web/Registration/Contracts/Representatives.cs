namespace SupplierMeetups.Web.Registration.Contracts;

/// <summary>A person a firm named for an event.</summary>
public sealed record Representative(Guid Id, Guid FirmId, string FullName, string Email);

/// <summary>A firm's participation in an event, as other modules print it.</summary>
public sealed record ParticipationCard(Guid Id, Guid EventId, Guid FirmId, ParticipationType Type, ParticipationStatus Status, string FirmShortName, string ContactLanguage);

/// <summary>The people firms name for events, read by the modules that print or admit them.</summary>
public interface IRepresentatives
{
    Task<ParticipationCard?> ParticipationAsync(Guid participationId, CancellationToken cancellationToken);

    Task<IReadOnlyList<Representative>> OfParticipationAsync(Guid participationId, CancellationToken cancellationToken);

    /// <summary>The ids of everyone the firm named, in any event.</summary>
    Task<IReadOnlyList<Guid>> IdsOfFirmAsync(Guid firmId, CancellationToken cancellationToken);
}
