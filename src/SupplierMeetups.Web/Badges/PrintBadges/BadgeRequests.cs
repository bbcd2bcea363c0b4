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

public sealed record BadgeResponse(Guid Id, Guid EventId, BadgeType Type, string PersonName, string Organization, string? Booth, DateTimeOffset IssuedAt, string DownloadUrl)
{
    internal static BadgeResponse From(Badge b, BadgeLinks links) =>
        new(b.Id, b.EventId, b.Type, b.PersonName, b.Organization, b.Booth, b.IssuedAt, links.DownloadUrl(b.Id));
}
