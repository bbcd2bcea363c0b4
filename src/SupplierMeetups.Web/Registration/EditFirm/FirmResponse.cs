namespace SupplierMeetups.Web.Registration.EditFirm;

public sealed record ParticipationResponse(Guid Id, Guid EventId, ParticipationType Type, ParticipationStatus Status, string? RejectionReason, string? BoothRequest);

/// <summary>A certificate (AQAP-2110, ISO 9001, AS/EN 9100, ISO 27001 or another standard).</summary>
/// <param name="Expired">Computed: the validity ends before the event's last day.</param>
/// <param name="ProofUrl">Where the PDF proof downloads; null without a proof, or for primes when the firm does not share it.</param>
public sealed record CertificateResponse(Guid Id, string Kind, string? Number, DateOnly? IssuedOn, DateOnly ValidUntil, bool Expired, bool SharedWithPrimes, string? ProofUrl)
{
    public static CertificateResponse From(Guid firmId, Certificate c, bool full, DateOnly eventEnd) =>
        new(c.Id, c.Kind, c.Number, c.IssuedOn, c.ValidUntil, c.IsExpiredOn(eventEnd), c.ProofSharedWithPrimes,
            c.ProofFileName is not null && (full || c.ProofSharedWithPrimes) ? $"/firms/{firmId}/certificates/{c.Id}/proof" : null);
}

public sealed record QualificationsResponse(
    bool MsbApproved, string? MsbDocumentNumber, DateOnly? MsbValidUntil, bool YetenRegistered, bool EydepAssessed, int? EydepLevel,
    string? NcageCode, string? FacilityClearanceLevel, DateOnly? FacilityClearanceValidUntil, IReadOnlyList<CertificateResponse> Certificates);

/// <summary>A firm with its participation in one event.</summary>
/// <param name="Booth">The firm's booth at the event once an organizer assigned one (held or confirmed); null before.</param>
public sealed record FirmResponse(
    Guid Id, string LegalName, string ShortName, string? TaxNumber, string Country, string City, string Address, string? Website,
    int Employees, int? FoundedYear, IReadOnlyList<string> Sectors, IReadOnlyList<string> Capabilities, int? ExportSharePercent,
    IReadOnlyList<string> ExportMarkets, string? PartnershipsAbroad, ParticipationResponse? Participation, QualificationsResponse Qualifications,
    AssignedBooth? Booth = null)
{
    /// <summary>
    /// The firm as <paramref name="view"/> allows: primes get no tax number and only the proofs the firm shared.
    /// Certificates count as expired when they end before the event's last day (<paramref name="eventEnd"/>).
    /// </summary>
    public static FirmResponse From(Firm f, Participation? p, FirmView view, DateOnly eventEnd)
    {
        var q = f.Qualifications;
        var full = view == FirmView.Full;
        var certificates = q.Certificates.OrderBy(c => c.Kind, StringComparer.Ordinal).Select(c => CertificateResponse.From(f.Id, c, full, eventEnd)).ToList();
        return new FirmResponse(
            f.Id, f.LegalName, f.ShortName, full ? f.TaxNumber : null, f.Country, f.City, f.Address, f.Website, f.Employees, f.FoundedYear,
            f.Sectors, f.Capabilities, f.ExportSharePercent, f.ExportMarkets, f.PartnershipsAbroad,
            p is null ? null : new ParticipationResponse(p.Id, p.EventId, p.Type, p.Status, full ? p.RejectionReason : null, full ? p.BoothRequest : null),
            new QualificationsResponse(q.MsbApproved, full ? q.MsbDocumentNumber : null, q.MsbValidUntil, q.YetenRegistered, q.EydepAssessed, q.EydepLevel,
                q.NcageCode, q.FacilityClearanceLevel, q.FacilityClearanceValidUntil, certificates));
    }
}

/// <summary>The answer to a repeated sign-up for a caller who may not see the registration: it exists, nothing more.</summary>
public sealed record RepeatedRegistrationResponse(bool Repeated);
