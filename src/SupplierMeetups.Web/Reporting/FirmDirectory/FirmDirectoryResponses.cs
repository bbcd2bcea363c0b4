
namespace SupplierMeetups.Web.Reporting.FirmDirectory;

public sealed record DirectoryPage<T>(IReadOnlyList<T> Items, int Page, int PageSize, int Total);

public sealed record DirectoryCertificateResponse(string Kind, string? Number, DateOnly? IssuedOn, DateOnly ValidUntil, bool ValidOnEventDates);

/// <summary>What organizers see of a firm in the directory.</summary>
public sealed record DirectoryFirmResponse(
    Guid FirmId, Guid ParticipationId, string ShortName, string LegalName, string? TaxNumber, string City, string Country,
    string Type, string Status, int Employees, string? Website, IReadOnlyList<string> Capabilities,
    bool MsbApproved, string? MsbDocumentNumber, DateOnly? MsbValidUntil, bool YetenRegistered, bool EydepAssessed, int? EydepLevel,
    string? NcageCode, string? FacilityClearanceLevel, DateOnly? FacilityClearanceValidUntil, IReadOnlyList<DirectoryCertificateResponse> Certificates)
{
    public static DirectoryFirmResponse From(DirectoryFirm f, DateOnly validOn)
    {
        var q = f.Qualifications;
        return new DirectoryFirmResponse(f.FirmId, f.ParticipationId, f.ShortName, f.LegalName, f.TaxNumber, f.City, f.Country, f.Type.ToString(), f.Status.ToString(),
            f.Employees, f.Website, f.Capabilities, q.MsbApproved, q.MsbDocumentNumber, q.MsbValidUntil, q.YetenRegistered, q.EydepAssessed, q.EydepLevel,
            q.NcageCode, q.FacilityClearanceLevel, q.FacilityClearanceValidUntil,
            q.Certificates.Select(c => new DirectoryCertificateResponse(c.Kind, c.Number, c.IssuedOn, c.ValidUntil, c.ValidUntil >= validOn)).ToList());
    }
}

/// <summary>What a prime sees of an approved supplier: the public profile, no tax number, document numbers or documents.</summary>
public sealed record PublicSupplierResponse(
    Guid FirmId, string ShortName, string LegalName, string City, string Country, string Type, int Employees, string? Website,
    IReadOnlyList<string> Capabilities, bool MsbApproved, bool YetenRegistered, int? EydepLevel, string? NcageCode, IReadOnlyList<string> ValidCertificates)
{
    public static PublicSupplierResponse From(DirectoryFirm f, DateOnly validOn)
    {
        var q = f.Qualifications;
        return new PublicSupplierResponse(f.FirmId, f.ShortName, f.LegalName, f.City, f.Country, f.Type.ToString(), f.Employees, f.Website, f.Capabilities,
            QualificationCheck.MsbValid(q, validOn), q.YetenRegistered, q.EydepAssessed ? q.EydepLevel : null, q.NcageCode,
            QualificationCheck.ValidCertificateKinds(q, validOn).ToList());
    }
}
