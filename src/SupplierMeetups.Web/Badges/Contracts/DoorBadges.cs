namespace SupplierMeetups.Web.Badges.Contracts;

/// <summary>
/// A badge as the door sees it. <see cref="Type"/> is the badge type's name ("Visitor", "Exhibitor" ...);
/// the labels are what the badge itself prints, in both languages.
/// </summary>
public sealed record DoorBadge(
    Guid Id, Guid EventId, string Type, string TypeLabelTr, string TypeLabelEn, string PersonName, string Organization, bool IsRevoked)
{
    /// <summary>Whose badge it is (<see cref="BadgeHolderKinds"/>) and their id in the module that registered them.</summary>
    public string HolderKind { get; init; } = "";

    public Guid HolderId { get; init; }

    public string TypeLabel(string language) => language == "en" ? TypeLabelEn : TypeLabelTr;
}

/// <summary>What the door may ask of the badges: verify a scanned token, look a badge up, search and list an event's badges.</summary>
public interface IDoorBadges
{
    /// <summary>The badge id a token signs, or null when the text is not a token or its signature does not match.</summary>
    Guid? VerifyToken(string? token);

    /// <summary>The token a badge's QR code carries, for redeeming a badge found by search rather than scanned.</summary>
    string TokenFor(Guid badgeId);

    Task<DoorBadge?> FindAsync(Guid badgeId, CancellationToken cancellationToken);

    /// <summary>Badges of the event whose holder's name, organization or e-mail address contains the text, Turkish-folded.</summary>
    Task<IReadOnlyList<DoorBadge>> SearchAsync(Guid eventId, string text, int limit, CancellationToken cancellationToken);

    /// <summary>How many badges of the event are valid (not revoked), by badge type name.</summary>
    Task<IReadOnlyDictionary<string, int>> CountValidByTypeAsync(Guid eventId, CancellationToken cancellationToken);

    /// <summary>All badges of the event, revoked ones included.</summary>
    Task<IReadOnlyList<DoorBadge>> ListAsync(Guid eventId, CancellationToken cancellationToken);
}

public static class DoorBadgeTypes
{
    /// <summary>The label a badge of that type prints, in the language; the name itself for an unknown type.</summary>
    public static string Label(string type, string language) =>
        Enum.TryParse<BadgeType>(type, out var known)
            ? language == "en" ? BadgeTypeLabels.For(known).English : BadgeTypeLabels.For(known).Turkish
            : type;
}
