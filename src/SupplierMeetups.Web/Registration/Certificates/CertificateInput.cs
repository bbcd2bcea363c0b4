using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Localization;
using SupplierMeetups.Web.Platform.Http;

namespace SupplierMeetups.Web.Registration.Certificates;

public sealed class CertificateInput : IValidatableObject
{
    public static readonly IReadOnlyList<string> KnownKinds = ["AQAP-2110", "ISO 9001", "AS/EN 9100", "ISO 27001"];

    /// <summary>One of <see cref="KnownKinds"/> or "other" with <see cref="OtherKind"/>.</summary>
    [Required(ErrorMessage = ValidationMessages.Required), StringLength(100, ErrorMessage = ValidationMessages.MaxLength), Display(Name = "Certificate")]
    public string Kind { get; set; } = "";

    [StringLength(100, ErrorMessage = ValidationMessages.MaxLength), Display(Name = "Other standard")]
    public string? OtherKind { get; set; }

    [StringLength(100, ErrorMessage = ValidationMessages.MaxLength), Display(Name = "Certificate number")]
    public string? Number { get; set; }

    [Required(ErrorMessage = ValidationMessages.Required), Display(Name = "Issued on")]
    public DateOnly? IssuedOn { get; set; }

    [Required(ErrorMessage = ValidationMessages.Required), Display(Name = "Valid until")]
    public DateOnly? ValidUntil { get; set; }

    [Display(Name = "Primes may download the proof")]
    public bool SharedWithPrimes { get; set; }

    public string KindName => Kind == "other" ? OtherKind?.Trim() ?? "" : Kind.Trim();

    public IEnumerable<ValidationResult> Validate(ValidationContext context)
    {
        var l = context.GetRequiredService<IStringLocalizer<SharedResource>>();
        if (CertificateDates.ValidityError(IssuedOn, ValidUntil) is { } error)
        {
            yield return new ValidationResult(l[error], [nameof(ValidUntil)]);
        }
        if (Kind == "other" && string.IsNullOrWhiteSpace(OtherKind))
        {
            yield return new ValidationResult(l["Name the standard of the other certificate."], [nameof(OtherKind)]);
        }
    }

    public Certificate ToCertificate() => new()
    {
        Kind = KindName,
        Number = string.IsNullOrWhiteSpace(Number) ? null : Number.Trim(),
        IssuedOn = IssuedOn,
        ValidUntil = ValidUntil!.Value,
        ProofSharedWithPrimes = SharedWithPrimes,
    };
}

public static class CertificateDates
{
    /// <summary>The English message (a resource key) when the validity does not come after the issue, otherwise null.</summary>
    public static string? ValidityError(DateOnly? issuedOn, DateOnly? validUntil) =>
        issuedOn is { } issued && validUntil is { } until && until <= issued ? "A certificate's validity must end after its issue date." : null;
}
