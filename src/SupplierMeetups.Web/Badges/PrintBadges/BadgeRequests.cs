using System.ComponentModel.DataAnnotations;
using SupplierMeetups.Web.Platform.Http;

namespace SupplierMeetups.Web.Badges.PrintBadges;

/// <summary>A badge an organizer issues by hand: staff, press, organizers, guests.</summary>
public sealed class IssueBadgeRequest
{
    [Required(ErrorMessage = ValidationMessages.Required), StringLength(200, ErrorMessage = ValidationMessages.MaxLength), Display(Name = "Full name")]
    public string PersonName { get; set; } = "";

    [Required(ErrorMessage = ValidationMessages.Required), StringLength(300, ErrorMessage = ValidationMessages.MaxLength), Display(Name = "Organization")]
    public string Organization { get; set; } = "";

    [Required(ErrorMessage = ValidationMessages.Required), Display(Name = "Badge type")]
    public BadgeType? Type { get; set; }

    [EmailAddress(ErrorMessage = ValidationMessages.Email), StringLength(200, ErrorMessage = ValidationMessages.MaxLength), Display(Name = "E-mail")]
    public string? Email { get; set; }

    [StringLength(32, ErrorMessage = ValidationMessages.MaxLength), Display(Name = "Booth")]
    public string? Booth { get; set; }
}

/// <summary>
/// A badge. <c>status</c> is Active or Revoked (a removed representative, a rejected firm, an erased person): a revoked
/// badge no longer opens the door, and <c>revokedAt</c> says since when.
/// </summary>
public sealed record BadgeResponse(
    Guid Id, Guid EventId, BadgeType Type, string PersonName, string Organization, string? Booth, DateTimeOffset IssuedAt, string DownloadUrl,
    BadgeStatus Status, DateTimeOffset? RevokedAt)
{
    internal static BadgeResponse From(Badge b, BadgeLinks links) =>
        new(b.Id, b.EventId, b.Type, b.PersonName, b.Organization, b.Booth, b.IssuedAt, links.DownloadUrl(b.Id),
            b.RevokedAt is null ? BadgeStatus.Active : BadgeStatus.Revoked, b.RevokedAt);
}

/// <summary>Active: the badge opens the door. Revoked: it no longer does (its holder was removed, rejected or erased).</summary>
public enum BadgeStatus
{
    Active,
    Revoked,
}

/// <summary>The filters of an event's badge list.</summary>
public sealed class BadgeFilter
{
    /// <summary>Only badges of this type.</summary>
    public BadgeType? Type { get; set; }

    /// <summary>Only active or only revoked badges; both when left out.</summary>
    public BadgeStatus? Status { get; set; }

    /// <summary>Part of the holder's name or organization, any case, Turkish letters or not.</summary>
    [StringLength(100, ErrorMessage = ValidationMessages.MaxLength)]
    public string? Q { get; set; }
}
