namespace SupplierMeetups.Web.Badges;

/// <summary>
/// A badge issued to one person for one event. Its id is what the QR token signs; the PDF is rendered from
/// it whenever asked, so a reprint always shows the current name, organization and booth.
/// </summary>
public sealed class Badge
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid EventId { get; set; }
    public BadgeType Type { get; set; }
    public string PersonName { get; set; } = "";
    public string Organization { get; set; } = "";
    public string? Booth { get; set; }

    /// <summary>Who the badge is for, in the module that registered them ("visitor", "firm-person", "staff" ...), and their id there.</summary>
    public string HolderKind { get; set; } = "";
    public Guid HolderId { get; set; }

    /// <summary>The holder's account, when they have one: they may download the badge again.</summary>
    public Guid? HolderUserId { get; set; }

    public DateTimeOffset IssuedAt { get; set; }
    public DateTimeOffset? RevokedAt { get; set; }
}
