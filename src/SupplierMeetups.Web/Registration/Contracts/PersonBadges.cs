namespace SupplierMeetups.Web.Registration.Contracts;

/// <summary>
/// A person's valid (not revoked) badge, with the link that downloads it without signing in: absolute for e-mails
/// and API answers, relative (<see cref="DownloadPath"/>) for links inside pages, which then work on any host.
/// </summary>
public sealed record PersonBadge(Guid Id, Guid HolderId, string FileName, string DownloadUrl, string DownloadPath);

/// <summary>
/// The badges Registration shows to the people it registered. Declared here and implemented by Badges, which
/// issues them in reaction to Registration's events: Registration shows badges without depending on Badges.
/// </summary>
public interface IPersonBadges
{
    /// <summary>The valid badges of the firm's representatives in the event, by person id.</summary>
    Task<IReadOnlyDictionary<Guid, PersonBadge>> OfRepresentativesAsync(Guid eventId, IReadOnlyCollection<Guid> personIds, CancellationToken cancellationToken);

    Task<PersonBadge?> OfVisitorAsync(Guid eventId, Guid visitorId, CancellationToken cancellationToken);

    /// <summary>The badge as an A6 PDF in the language; null when it is revoked or unknown.</summary>
    Task<byte[]?> PdfAsync(Guid badgeId, string language, CancellationToken cancellationToken);
}
