using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Localization;
using SupplierMeetups.Web.Platform.Http;

namespace SupplierMeetups.Web.Registration.Certificates;

/// <summary>The firm's approvals and registrations other than certificates; the same for the page and the API.</summary>
public sealed class QualificationsInput : IValidatableObject
{
    [Display(Name = "MSB approved")]
    public bool MsbApproved { get; set; }

    [StringLength(100, ErrorMessage = ValidationMessages.MaxLength), Display(Name = "MSB document number")]
    public string? MsbDocumentNumber { get; set; }

    [Display(Name = "MSB approval valid until")]
    public DateOnly? MsbValidUntil { get; set; }

    [Display(Name = "Registered in YETEN")]
    public bool YetenRegistered { get; set; }

    [Display(Name = "EYDEP assessed")]
    public bool EydepAssessed { get; set; }

    [Range(1, 5, ErrorMessage = ValidationMessages.Range), Display(Name = "EYDEP level")]
    public int? EydepLevel { get; set; }

    [StringLength(5, ErrorMessage = ValidationMessages.MaxLength), Display(Name = "NCAGE code")]
    public string? NcageCode { get; set; }

    [StringLength(100, ErrorMessage = ValidationMessages.MaxLength), Display(Name = "Facility security clearance level")]
    public string? FacilityClearanceLevel { get; set; }

    [Display(Name = "Facility security clearance valid until")]
    public DateOnly? FacilityClearanceValidUntil { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext context)
    {
        var l = context.GetRequiredService<IStringLocalizer<SharedResource>>();
        if (!string.IsNullOrWhiteSpace(NcageCode) && !Registration.NcageCode.IsValid(NcageCode))
        {
            yield return new ValidationResult(l["{0} is not an NCAGE code: five letters or digits, such as T1234.", NcageCode], [nameof(NcageCode)]);
        }
        if (MsbApproved && (string.IsNullOrWhiteSpace(MsbDocumentNumber) || MsbValidUntil is null))
        {
            yield return new ValidationResult(l["An MSB approval needs its document number and validity date."], [nameof(MsbDocumentNumber)]);
        }
        if (EydepAssessed && EydepLevel is null)
        {
            yield return new ValidationResult(l["An EYDEP assessment needs its level (1 to 5)."], [nameof(EydepLevel)]);
        }
        if (!string.IsNullOrWhiteSpace(FacilityClearanceLevel) && FacilityClearanceValidUntil is null)
        {
            yield return new ValidationResult(l["A facility security clearance needs its validity date."], [nameof(FacilityClearanceValidUntil)]);
        }
    }

    public static QualificationsInput From(Qualifications q) => new()
    {
        MsbApproved = q.MsbApproved,
        MsbDocumentNumber = q.MsbDocumentNumber,
        MsbValidUntil = q.MsbValidUntil,
        YetenRegistered = q.YetenRegistered,
        EydepAssessed = q.EydepAssessed,
        EydepLevel = q.EydepLevel,
        NcageCode = q.NcageCode,
        FacilityClearanceLevel = q.FacilityClearanceLevel,
        FacilityClearanceValidUntil = q.FacilityClearanceValidUntil,
    };

    /// <summary>Certificates are kept: they are added and removed one by one.</summary>
    public void ApplyTo(Qualifications q)
    {
        q.MsbApproved = MsbApproved;
        q.MsbDocumentNumber = MsbApproved ? MsbDocumentNumber?.Trim() : null;
        q.MsbValidUntil = MsbApproved ? MsbValidUntil : null;
        q.YetenRegistered = YetenRegistered;
        q.EydepAssessed = EydepAssessed;
        q.EydepLevel = EydepAssessed ? EydepLevel : null;
        q.NcageCode = string.IsNullOrWhiteSpace(NcageCode) ? null : Registration.NcageCode.Normalize(NcageCode);
        q.FacilityClearanceLevel = string.IsNullOrWhiteSpace(FacilityClearanceLevel) ? null : FacilityClearanceLevel.Trim();
        q.FacilityClearanceValidUntil = q.FacilityClearanceLevel is null ? null : FacilityClearanceValidUntil;
    }
}
