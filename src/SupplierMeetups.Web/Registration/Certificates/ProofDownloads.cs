using System.Security.Claims;
using SupplierMeetups.Web.Platform.Audit;
using SupplierMeetups.Web.Platform.Persistence;

namespace SupplierMeetups.Web.Registration.Certificates;

public enum ProofAccess
{
    NotFound,
    Forbidden,
    Allowed,
}

public sealed record ProofDownload(ProofAccess Access, string? Path = null, string? FileName = null);

/// <summary>
/// Who may download a certificate's proof, for the page and the API alike: the firm's users and organizers, and
/// primes looking at an approved supplier when the supplier shared that proof.
/// </summary>
public sealed class ProofDownloads(QualificationsEditor editor, FirmAccess access, ProofFiles proofs, AuditLog audit, AppDbContext db)
{
    public async Task<ProofDownload> FindAsync(ClaimsPrincipal user, Guid firmId, Guid certificateId, CancellationToken cancellationToken)
    {
        var certificate = (await editor.FindAsync(firmId, cancellationToken))?.Qualifications.Certificates.SingleOrDefault(c => c.Id == certificateId);
        if (certificate?.ProofFileName is not { } name || !File.Exists(proofs.PathOf(name)))
        {
            return new ProofDownload(ProofAccess.NotFound);
        }
        var view = await access.ViewAsync(user, firmId, cancellationToken);
        if (view == FirmView.None || view == FirmView.Public && !certificate.ProofSharedWithPrimes)
        {
            return new ProofDownload(ProofAccess.Forbidden);
        }
        // Proofs are often confidential documents: who fetched which one is on record before it leaves.
        await audit.RecordAsync(AuditActions.ProofDownloaded, "certificate", certificateId, null, $"firm {firmId}, {certificate.Kind}", cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return new ProofDownload(ProofAccess.Allowed, proofs.PathOf(name), $"{certificate.Kind.Replace('/', '-')}.pdf");
    }
}
