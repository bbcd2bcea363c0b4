namespace SupplierMeetups.Web.Registration.Contracts;

/// <summary>A firm's public profile as primes look it up: names, place, capabilities and qualifications.</summary>
public sealed record FirmProfile(
    Guid Id, string ShortName, string LegalName, string City, string Country, int Employees,
    IReadOnlyList<string> Capabilities, FirmQualifications Qualifications, string SearchText, string? LogoUrl);

public sealed record FirmQualifications(
    bool MsbApproved, string? MsbDocumentNumber, DateOnly? MsbValidUntil, bool YetenRegistered, bool EydepAssessed, int? EydepLevel,
    string? NcageCode, string? FacilityClearanceLevel, DateOnly? FacilityClearanceValidUntil, IReadOnlyList<FirmCertificate> Certificates);

public sealed record FirmCertificate(string Kind, DateOnly ValidUntil);

/// <summary>The profiles of the firms taking part in events.</summary>
public interface IFirmProfiles
{
    /// <summary>The approved suppliers and exhibitors of the event (primes are not suppliers).</summary>
    Task<IReadOnlyList<FirmProfile>> ApprovedSuppliersAsync(Guid eventId, CancellationToken cancellationToken);

    Task<FirmProfile?> OfFirmAsync(Guid firmId, CancellationToken cancellationToken);
}
