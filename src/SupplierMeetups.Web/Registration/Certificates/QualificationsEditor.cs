using Microsoft.EntityFrameworkCore;
using SupplierMeetups.Web.Events.Contracts;
using SupplierMeetups.Web.Platform.Persistence;

namespace SupplierMeetups.Web.Registration.Certificates;

/// <summary>Changes a firm's qualifications and certificates; callers have checked the input and the proof file.</summary>
public sealed class QualificationsEditor(AppDbContext db, IEventQueries events, ProofFiles proofs, TimeProvider clock)
{
    public Task<Firm?> FindAsync(Guid firmId, CancellationToken cancellationToken) =>
        db.Set<Firm>().SingleOrDefaultAsync(f => f.Id == firmId, cancellationToken);

    public async Task UpdateAsync(Firm firm, QualificationsInput input, CancellationToken cancellationToken)
    {
        input.ApplyTo(firm.Qualifications);
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task<Certificate> AddCertificateAsync(Firm firm, CertificateInput input, IFormFile? proof, CancellationToken cancellationToken)
    {
        var certificate = input.ToCertificate();
        certificate.ProofFileName = proof is null ? null : await proofs.SaveAsync(proof, cancellationToken);
        firm.Qualifications.Certificates.Add(certificate);
        await SaveOrDropProofAsync(certificate, cancellationToken);
        return certificate;
    }

    /// <summary>Puts a checked proof in place of the certificate's previous one (if any), which is deleted once the change is saved.</summary>
    public async Task ReplaceProofAsync(Certificate certificate, IFormFile proof, CancellationToken cancellationToken)
    {
        var previous = certificate.ProofFileName;
        certificate.ProofFileName = await proofs.SaveAsync(proof, cancellationToken);
        await SaveOrDropProofAsync(certificate, cancellationToken);
        if (previous is not null)
        {
            proofs.Delete(previous);
        }
    }

    public async Task<bool> RemoveCertificateAsync(Firm firm, Guid certificateId, CancellationToken cancellationToken)
    {
        var certificate = firm.Qualifications.Certificates.SingleOrDefault(c => c.Id == certificateId);
        if (certificate is null)
        {
            return false;
        }
        firm.Qualifications.Certificates.Remove(certificate);
        await db.SaveChangesAsync(cancellationToken);
        if (certificate.ProofFileName is { } name)
        {
            proofs.Delete(name);
        }
        return true;
    }

    /// <summary>The day certificates must still be valid on: the end of the firm's latest event, or today without one.</summary>
    public async Task<DateOnly> ReferenceDayAsync(Guid firmId, CancellationToken cancellationToken)
    {
        var eventIds = await db.Set<Participation>().Where(p => p.FirmId == firmId).Select(p => p.EventId).ToListAsync(cancellationToken);
        var ends = (await events.FindManyAsync(eventIds, cancellationToken)).Values.Select(e => e.EndDate).ToList();
        return ends.Count > 0 ? ends.Max() : DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
    }

    private async Task SaveOrDropProofAsync(Certificate certificate, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch
        {
            // Nothing half-way: a proof without its certificate row is removed again.
            if (certificate.ProofFileName is { } name)
            {
                proofs.Delete(name);
            }
            throw;
        }
    }
}
