namespace SupplierMeetups.Web.Badges.Contracts;

/// <summary>
/// A badge as the door sees it. <see cref="Type"/> is the badge type's name ("Visitor", "Exhibitor" ...);
/// the labels are what the badge itself prints, in both languages.
/// </summary>
public sealed record DoorBadge(
    Guid Id, Guid EventId, string Type, string TypeLabelTr, string TypeLabelEn, string PersonName, string Organization, bool IsRevoked)
{
    public string TypeLabel(string language) => language == "en" ? TypeLabelEn : TypeLabelTr;
}

/// <summary>What the door may ask of the badges: verify a scanned token, look a badge up, search and list an event's badges.</summary>
public interface IDoorBadges
{
    /// <summary>The badge id a token signs, or null when the text is not a token or its signature does not match.</summary>
    Guid? VerifyToken(string? token);

    Task<DoorBadge?> FindAsync(Guid badgeId, CancellationToken cancellationToken);

    /// <summary>Badges of the event whose holder's name or organization contains the text, Turkish-folded.</summary>
    Task<IReadOnlyList<DoorBadge>> SearchAsync(Guid eventId, string text, int limit, CancellationToken cancellationToken);

    /// <summary>All badges of the event, revoked ones included.</summary>
    Task<IReadOnlyList<DoorBadge>> ListAsync(Guid eventId, CancellationToken cancellationToken);
}
