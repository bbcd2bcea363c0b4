using Microsoft.EntityFrameworkCore;
using SupplierMeetups.Web.Platform.Persistence;
using SupplierMeetups.Web.Registration.FirmLogo;

namespace SupplierMeetups.Web.Registration;

internal sealed class FirmProfileDirectory(AppDbContext db) : IFirmProfiles
{
    public async Task<IReadOnlyList<FirmProfile>> ApprovedSuppliersAsync(Guid eventId, CancellationToken cancellationToken) =>
        (await db.Set<Participation>().AsNoTracking()
            .Where(p => p.EventId == eventId && p.Status == ParticipationStatus.Approved && p.Type != ParticipationType.Prime)
            .Join(db.Set<Firm>(), p => p.FirmId, f => f.Id, (p, f) => f)
            .ToListAsync(cancellationToken)).Select(ToProfile).ToList();

    public async Task<FirmProfile?> OfFirmAsync(Guid firmId, CancellationToken cancellationToken) =>
        await db.Set<Firm>().AsNoTracking().SingleOrDefaultAsync(f => f.Id == firmId, cancellationToken) is { } firm ? ToProfile(firm) : null;

    private static FirmProfile ToProfile(Firm f)
    {
        var q = f.Qualifications;
        return new FirmProfile(f.Id, f.ShortName, f.LegalName, f.City, f.Country, f.Employees, f.Capabilities,
            new FirmQualifications(q.MsbApproved, q.MsbDocumentNumber, q.MsbValidUntil, q.YetenRegistered, q.EydepAssessed, q.EydepLevel,
                q.NcageCode, q.FacilityClearanceLevel, q.FacilityClearanceValidUntil, q.Certificates.Select(c => new FirmCertificate(c.Kind, c.ValidUntil)).ToList()),
            f.SearchText, FirmLogos.UrlOf(f));
    }
}
