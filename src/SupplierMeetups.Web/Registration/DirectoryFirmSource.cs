using Microsoft.EntityFrameworkCore;
using SupplierMeetups.Web.Platform.Persistence;
using SupplierMeetups.Web.Registration.RegisterVisitor;

namespace SupplierMeetups.Web.Registration;

internal sealed class DirectoryFirmSource(AppDbContext db) : IDirectoryFirms
{
    public async Task<IReadOnlyList<DirectoryFirm>> OfEventAsync(Guid eventId, CancellationToken cancellationToken) =>
        (await (
            from p in db.Set<Participation>().AsNoTracking()
            where p.EventId == eventId
            join f in db.Set<Firm>().AsNoTracking() on p.FirmId equals f.Id
            select new { p, f }).ToListAsync(cancellationToken))
        .Select(x => ToDirectoryFirm(x.p, x.f))
        .ToList();

    public Task<bool> IsApprovedPrimeContactAsync(Guid eventId, Guid userId, CancellationToken cancellationToken) =>
        db.Set<Participation>().AnyAsync(p => p.EventId == eventId && p.ContactUserId == userId && p.Type == ParticipationType.Prime && p.Status == ParticipationStatus.Approved, cancellationToken);

    public Task<int> VisitorCountAsync(Guid eventId, CancellationToken cancellationToken) =>
        db.Set<Visitor>().CountAsync(v => v.EventId == eventId, cancellationToken);

    private static DirectoryFirm ToDirectoryFirm(Participation p, Firm f)
    {
        var q = f.Qualifications;
        return new DirectoryFirm(p.Id, p.Type, p.Status, f.Id, f.ShortName, f.LegalName, f.TaxNumber, f.City, f.Country, f.Employees, f.Website,
            f.Capabilities,
            new DirectoryQualifications
            {
                MsbApproved = q.MsbApproved, MsbDocumentNumber = q.MsbDocumentNumber, MsbValidUntil = q.MsbValidUntil,
                YetenRegistered = q.YetenRegistered, EydepAssessed = q.EydepAssessed, EydepLevel = q.EydepLevel, NcageCode = q.NcageCode,
                FacilityClearanceLevel = q.FacilityClearanceLevel, FacilityClearanceValidUntil = q.FacilityClearanceValidUntil,
                Certificates = q.Certificates.Select(c => new DirectoryCertificate(c.Kind, c.Number, c.IssuedOn, c.ValidUntil)).ToList(),
            },
            f.SearchText);
    }
}
