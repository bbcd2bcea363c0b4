namespace SupplierMeetups.Web.Registration.Contracts;

/// <summary>A firm's participation in an event with the names other modules print for it.</summary>
public sealed record ParticipantFirm(
    Guid ParticipationId, Guid FirmId, string ShortName, string LegalName, string City, string Country,
    ParticipationType Type, ParticipationStatus Status, Guid? ContactUserId);

/// <summary>A firm by id and short name, for lists and labels.</summary>
public sealed record FirmName(Guid Id, string ShortName);

/// <summary>The firms taking part in events, as other modules read them.</summary>
public interface IParticipantFirms
{
    /// <summary>The participation (whatever its status) whose contact is the user; the first one when there are several.</summary>
    Task<ParticipantFirm?> OfContactAsync(Guid eventId, Guid userId, CancellationToken cancellationToken);

    Task<ParticipantFirm?> OfFirmAsync(Guid eventId, Guid firmId, CancellationToken cancellationToken);

    /// <summary>Every participation of the event, or only those with the given ids.</summary>
    Task<IReadOnlyList<ParticipantFirm>> OfEventAsync(Guid eventId, IReadOnlyCollection<Guid>? participationIds, CancellationToken cancellationToken);

    /// <summary>The contact account of each participation that has one.</summary>
    Task<IReadOnlyDictionary<Guid, Guid>> ContactUserIdsAsync(IReadOnlyCollection<Guid> participationIds, CancellationToken cancellationToken);

    /// <summary>The approved firms of one participation type in the event, in Turkish alphabetical order.</summary>
    Task<IReadOnlyList<FirmName>> ApprovedAsync(Guid eventId, ParticipationType type, CancellationToken cancellationToken);

    /// <summary>The event a participation belongs to; null when there is no such participation.</summary>
    Task<Guid?> EventOfAsync(Guid participationId, CancellationToken cancellationToken);

    /// <summary>
    /// Locks the participation's row until the caller's transaction (begun with <c>BeginWriteAsync</c>) ends, so that
    /// work about the same firm queues instead of racing.
    /// </summary>
    Task LockAsync(Guid participationId, CancellationToken cancellationToken);

    /// <summary>The short names of the firms that exist among the ids.</summary>
    Task<IReadOnlyDictionary<Guid, string>> ShortNamesAsync(IReadOnlyCollection<Guid> firmIds, CancellationToken cancellationToken);
}
