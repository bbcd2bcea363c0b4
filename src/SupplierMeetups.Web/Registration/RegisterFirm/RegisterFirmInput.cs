using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Localization;
using SupplierMeetups.Web.Platform.Http;
using SupplierMeetups.Web.Registration.Consent;

namespace SupplierMeetups.Web.Registration.RegisterFirm;

/// <summary>A firm's sign-up for an event: its profile, its contact person's account (unless signed in) and the participation asked for.</summary>
public sealed class RegisterFirmInput : FirmProfileInput, IConsentInput
{
    [StringLength(200, ErrorMessage = ValidationMessages.MaxLength), Display(Name = "Contact person's full name")]
    public string? ContactFullName { get; set; }

    [EmailAddress(ErrorMessage = ValidationMessages.Email), StringLength(200, ErrorMessage = ValidationMessages.MaxLength), Display(Name = "Contact person's e-mail")]
    public string? ContactEmail { get; set; }

    [StringLength(100, ErrorMessage = ValidationMessages.MaxLength), DataType(DataType.Password), Display(Name = "Password")]
    public string? ContactPassword { get; set; }

    [Required(ErrorMessage = ValidationMessages.Required), Display(Name = "Participation")]
    public ParticipationType? Type { get; set; }

    [StringLength(1000, ErrorMessage = ValidationMessages.MaxLength), Display(Name = "Booth request (area in m², type)")]
    public string? BoothRequest { get; set; }

    /// <summary>Put in the form when it is shown; a second submission with the same token is answered without registering again.</summary>
    public Guid? SubmissionToken { get; set; }

    /// <summary>The contact's consent to the event's personal data notice: the version shown (the API may leave it out for the current one).</summary>
    public Guid? ConsentTextId { get; set; }

    [Display(Name = "I have read the personal data notice and give my consent")]
    public bool AcceptConsent { get; set; }

    public override IEnumerable<ValidationResult> Validate(ValidationContext context)
    {
        foreach (var result in base.Validate(context))
        {
            yield return result;
        }
        var l = context.GetRequiredService<IStringLocalizer<SharedResource>>();
        if (Type == ParticipationType.Prime)
        {
            yield return new ValidationResult(l["Prime contractors take part by the organizers' invitation; choose exhibitor or supplier."], [nameof(Type)]);
        }
    }

    public static RegisterFirmInput Prefilled(Firm firm) => Fill(new RegisterFirmInput(), firm);
}
