using System.ComponentModel.DataAnnotations;
using SupplierMeetups.Web.Platform.Http;
using SupplierMeetups.Web.Platform.Http.Input;

namespace SupplierMeetups.Web.Matchmaking.Needs;

/// <summary>What a prime is looking for at an event, in both languages, with the capabilities and qualifications it requires.</summary>
public sealed class PrimeNeed
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid EventId { get; set; }
    public Guid PrimeId { get; set; }
    public string TitleTr { get; set; } = "";
    public string TitleEn { get; set; } = "";
    public string DescriptionTr { get; set; } = "";
    public string DescriptionEn { get; set; } = "";
    public List<string> Capabilities { get; set; } = [];

    /// <summary>Codes from <see cref="RequiredQualification"/>.</summary>
    public List<string> Qualifications { get; set; } = [];
    public DateTimeOffset CreatedAt { get; set; }

    public string Title(string language) => language == "en" && TitleEn.Length > 0 ? TitleEn : TitleTr;
    public string Description(string language) => language == "en" && DescriptionEn.Length > 0 ? DescriptionEn : DescriptionTr;
}

/// <summary>The qualifications a need can require; certificates are "cert:" followed by the standard's name.</summary>
public static class RequiredQualification
{
    public const string Msb = "msb";
    public const string Yeten = "yeten";
    public const string Eydep = "eydep";
    public const string Clearance = "clearance";
    public const string CertificatePrefix = "cert:";

    public static bool IsKnown(string code) =>
        code is Msb or Yeten or Eydep or Clearance || code.StartsWith(CertificatePrefix, StringComparison.Ordinal) && code.Length > CertificatePrefix.Length;
}

public sealed class NeedInput
{
    [Required(ErrorMessage = ValidationMessages.Required), StringLength(200, ErrorMessage = ValidationMessages.MaxLength), Display(Name = "Title (Turkish)")]
    public string TitleTr { get; set; } = "";

    [StringLength(200, ErrorMessage = ValidationMessages.MaxLength), Display(Name = "Title (English)")]
    public string? TitleEn { get; set; }

    [MultilineText, StringLength(4000, ErrorMessage = ValidationMessages.MaxLength), Display(Name = "Description (Turkish)")]
    public string? DescriptionTr { get; set; }

    [MultilineText, StringLength(4000, ErrorMessage = ValidationMessages.MaxLength), Display(Name = "Description (English)")]
    public string? DescriptionEn { get; set; }

    public List<string> Capabilities { get; set; } = [];
    public List<string> Qualifications { get; set; } = [];
}
