using Microsoft.Extensions.Localization;

namespace SupplierMeetups.Web.Matchmaking.Needs;

/// <summary>Names of a need's capability and qualification codes in the reader's language, for the pages that explain a fit.</summary>
public sealed class NeedLabels(IReadOnlyList<CapabilityTerm> taxonomy, IStringLocalizer l, string language)
{
    /// <summary>What the need forms offer; the API also takes any other "cert:" standard.</summary>
    public static readonly IReadOnlyList<string> Offered =
    [
        RequiredQualification.Msb, RequiredQualification.Yeten, RequiredQualification.Eydep, RequiredQualification.Clearance,
        .. new[] { "AQAP-2110", "ISO 9001", "AS/EN 9100", "ISO 27001" }.Select(standard => RequiredQualification.CertificatePrefix + standard),
    ];

    public string Capability(string code) =>
        taxonomy.FirstOrDefault(c => c.Code == code) is { } c ? (language == "en" ? c.NameEn : c.NameTr) : code;

    public string Qualification(string code) => code switch
    {
        RequiredQualification.Msb => l["MSB-approved supplier"],
        RequiredQualification.Yeten => l["Registered in YETEN"],
        RequiredQualification.Eydep => l["Assessed in EYDEP"],
        RequiredQualification.Clearance => l["Facility security clearance"],
        _ when code.StartsWith(RequiredQualification.CertificatePrefix, StringComparison.Ordinal) => l["{0} certificate", code[RequiredQualification.CertificatePrefix.Length..]],
        _ => code,
    };

    public string Capabilities(IEnumerable<string> codes) => string.Join(", ", codes.Select(Capability));

    public string Qualifications(IEnumerable<string> codes) => string.Join(", ", codes.Select(Qualification));
}
