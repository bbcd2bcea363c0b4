namespace SupplierMeetups.Web.Badges.Contracts;

/// <summary>The paper a single badge prints on: A6, or a label roll's size (the A6 layout scaled to fit, centred).</summary>
public enum BadgePaper
{
    A6,
    Label100x150,
    Label62x100,
}

/// <summary>A valid badge with its holder, as a kiosk or a booth finds it.</summary>
public sealed record HolderBadge(Guid Id, Guid EventId, string HolderKind, Guid HolderId, string PersonName, string Organization);

/// <summary>What a self-service kiosk asks of the badges: the holder's valid badge and its PDF on the kiosk's paper.</summary>
public interface IKioskBadges
{
    /// <summary>The holder's valid (not revoked) badge in the event; null when there is none (yet).</summary>
    Task<HolderBadge?> OfHolderAsync(Guid eventId, Guid holderId, CancellationToken cancellationToken);

    /// <summary>A valid badge by id; null when unknown or revoked.</summary>
    Task<HolderBadge?> FindValidAsync(Guid badgeId, CancellationToken cancellationToken);

    /// <summary>One badge as a one-page PDF on the paper; null when it is revoked or unknown.</summary>
    Task<byte[]?> PdfAsync(Guid badgeId, string language, BadgePaper paper, CancellationToken cancellationToken);
}
