namespace SupplierMeetups.Web.Registration.Contracts;

/// <summary>A firm's participation in an event with every field the organizers' directory, its CSV and the figures show.</summary>
public sealed record DirectoryFirm(
    Guid ParticipationId, ParticipationType Type, ParticipationStatus Status,
    Guid FirmId, string ShortName, string LegalName, string? TaxNumber, string City, string Country, int Employees, string? Website,
    IReadOnlyList<string> Capabilities, DirectoryQualifications Qualifications, string SearchText);

public sealed record DirectoryQualifications
{
    public bool MsbApproved { get; init; }
    public string? MsbDocumentNumber { get; init; }
    public DateOnly? MsbValidUntil { get; init; }
    public bool YetenRegistered { get; init; }
    public bool EydepAssessed { get; init; }
    public int? EydepLevel { get; init; }
    public string? NcageCode { get; init; }
    public string? FacilityClearanceLevel { get; init; }
    public DateOnly? FacilityClearanceValidUntil { get; init; }
    public IReadOnlyList<DirectoryCertificate> Certificates { get; init; } = [];
}

public sealed record DirectoryCertificate(string Kind, string? Number, DateOnly? IssuedOn, DateOnly ValidUntil);

/// <summary>The firms of an event as the reports read them, and the counts reports need.</summary>
public interface IDirectoryFirms
{
    /// <summary>Every participation of the event, whatever its status, with its firm.</summary>
    Task<IReadOnlyList<DirectoryFirm>> OfEventAsync(Guid eventId, CancellationToken cancellationToken);

    /// <summary>Whether the user is the contact of an approved prime taking part in the event.</summary>
    Task<bool> IsApprovedPrimeContactAsync(Guid eventId, Guid userId, CancellationToken cancellationToken);

    /// <summary>The visitors registered for the event, erased ones included.</summary>
    Task<int> VisitorCountAsync(Guid eventId, CancellationToken cancellationToken);
}
