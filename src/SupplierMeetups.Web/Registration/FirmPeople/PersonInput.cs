using System.ComponentModel.DataAnnotations;
using SupplierMeetups.Web.Platform.Http;

namespace SupplierMeetups.Web.Registration.FirmPeople;

public sealed class PersonInput
{
    [Required(ErrorMessage = ValidationMessages.Required), StringLength(200, ErrorMessage = ValidationMessages.MaxLength), Display(Name = "Full name")]
    public string FullName { get; set; } = "";

    [StringLength(200, ErrorMessage = ValidationMessages.MaxLength), Display(Name = "Title")]
    public string? Title { get; set; }

    [Required(ErrorMessage = ValidationMessages.Required), EmailAddress(ErrorMessage = ValidationMessages.Email), StringLength(200, ErrorMessage = ValidationMessages.MaxLength), Display(Name = "E-mail")]
    public string Email { get; set; } = "";

    [StringLength(40, ErrorMessage = ValidationMessages.MaxLength), Phone(ErrorMessage = ValidationMessages.Phone), Display(Name = "Phone")]
    public string? Phone { get; set; }
}

/// <param name="BadgeUrl">The badge's download link (it works without signing in) once the firm is approved; null before.</param>
public sealed record PersonResponse(Guid Id, string FullName, string? Title, string Email, string? Phone, string? BadgeUrl)
{
    public static PersonResponse From(FirmPerson p, string? badgeUrl) => new(p.Id, p.FullName, p.Title, p.Email, p.Phone, badgeUrl);
}
