namespace SupplierMeetups.Web.Badges.Contracts;

/// <summary>A valid (not revoked) badge, with the link that downloads it without signing in.</summary>
public sealed record IssuedBadge(Guid Id, Guid HolderId, string FileName, string DownloadUrl);

/// <summary>The badges other modules show to the people who hold them.</summary>
public interface IIssuedBadges
{
    /// <summary>The valid badges of the firm's representatives in the event, by person id.</summary>
    Task<IReadOnlyDictionary<Guid, IssuedBadge>> OfRepresentativesAsync(Guid eventId, IReadOnlyCollection<Guid> personIds, CancellationToken cancellationToken);

    Task<IssuedBadge?> OfVisitorAsync(Guid eventId, Guid visitorId, CancellationToken cancellationToken);

    /// <summary>The badge as an A6 PDF in the language; null when it is revoked or unknown.</summary>
    Task<byte[]?> PdfAsync(Guid badgeId, string language, CancellationToken cancellationToken);
}
