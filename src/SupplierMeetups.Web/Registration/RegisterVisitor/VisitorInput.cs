using System.ComponentModel.DataAnnotations;
using SupplierMeetups.Web.Platform.Http;
using SupplierMeetups.Web.Registration.Consent;

namespace SupplierMeetups.Web.Registration.RegisterVisitor;

/// <summary>What a visitor enters; the same for the public form and the API.</summary>
public sealed class VisitorInput : IConsentInput
{
    [Required(ErrorMessage = ValidationMessages.Required), StringLength(200, ErrorMessage = ValidationMessages.MaxLength), Display(Name = "Full name")]
    public string FullName { get; set; } = "";

    [Required(ErrorMessage = ValidationMessages.Required), StringLength(200, ErrorMessage = ValidationMessages.MaxLength), Display(Name = "Organization")]
    public string Organization { get; set; } = "";

    [StringLength(200, ErrorMessage = ValidationMessages.MaxLength), Display(Name = "Title")]
    public string? Title { get; set; }

    [Required(ErrorMessage = ValidationMessages.Required), StringLength(254, ErrorMessage = ValidationMessages.MaxLength),
     EmailAddress(ErrorMessage = ValidationMessages.Email), Display(Name = "E-mail")]
    public string Email { get; set; } = "";

    [StringLength(30, ErrorMessage = ValidationMessages.MaxLength), RegularExpression(@"^[0-9+() \-]{7,30}$", ErrorMessage = "Enter the phone number with digits only, for example +90 332 123 45 67."), Display(Name = "Phone")]
    public string? Phone { get; set; }

    [StringLength(100, ErrorMessage = ValidationMessages.MaxLength), Display(Name = "Country")]
    public string? Country { get; set; }

    /// <summary>Separate from the consent to register: exhibitors who scan the badge get the contact details.</summary>
    [Display(Name = "Exhibitors who scan my badge at their booth may receive my name, organization, e-mail and phone")]
    public bool ShareContact { get; set; }

    [Display(Name = "Identity document")]
    public IdentityDocumentKind? IdentityKind { get; set; }

    [StringLength(20, ErrorMessage = ValidationMessages.MaxLength), Display(Name = "National ID or passport number")]
    public string? IdentityNumber { get; set; }

    /// <summary>The consent text version the visitor was shown; the API may leave it out to accept the current one.</summary>
    public Guid? ConsentTextId { get; set; }

    [Display(Name = "I have read the personal data notice and give my consent")]
    public bool AcceptConsent { get; set; }
}
