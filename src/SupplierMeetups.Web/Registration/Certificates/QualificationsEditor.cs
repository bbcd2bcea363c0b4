using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SupplierMeetups.Web.Events.Contracts;
using SupplierMeetups.Web.Platform.Localization;
using SupplierMeetups.Web.Platform.Persistence;
using SupplierMeetups.Web.Platform.Refusals;

namespace SupplierMeetups.Web.Registration.Certificates;

/// <summary>Changes a firm's qualifications and certificates; callers have checked the input and the proof file.</summary>
public sealed class QualificationsEditor(AppDbContext db, IEventQueries events, ProofFiles proofs, TimeProvider clock, IStringLocalizer<SharedResource> l)
{
    public Task<Firm?> FindAsync(Guid firmId, CancellationToken cancellationToken) =>
        db.Set<Firm>().SingleOrDefaultAsync(f => f.Id == firmId, cancellationToken);

    public Task UpdateAsync(Firm firm, QualificationsInput input, CancellationToken cancellationToken) =>
        db.ChangeLockedFirmAsync(firm, locked =>
        {
            input.ApplyTo(locked.Qualifications);
            return db.SaveChangesAsync(cancellationToken);
        }, cancellationToken);

    /// <summary>
    /// Adds the certificate, or finds it added already: a certificate of the same standard with the same number and dates
    /// (a form sent twice, a retried API call) is the same one and is answered instead of a second copy (Added false). One of
    /// the same standard and number with other dates is refused (409, at the number): remove the old one to enter it again.
    /// </summary>
    public Task<Outcome<CertificateAdded>> AddCertificateAsync(Firm firm, CertificateInput input, IFormFile? proof, CancellationToken cancellationToken) =>
        db.ChangeLockedFirmAsync(firm, locked => AddCertificateAsync(locked, input.ToCertificate(), proof, cancellationToken), cancellationToken);

    private async Task<Outcome<CertificateAdded>> AddCertificateAsync(Firm firm, Certificate certificate, IFormFile? proof, CancellationToken cancellationToken)
    {
        var sameNumber = firm.Qualifications.Certificates.Where(c => string.Equals(c.Kind, certificate.Kind, StringComparison.OrdinalIgnoreCase)
            && string.Equals(c.Number, certificate.Number, StringComparison.OrdinalIgnoreCase)).ToList();
        if (sameNumber.FirstOrDefault(c => c.IssuedOn == certificate.IssuedOn && c.ValidUntil == certificate.ValidUntil) is { } existing)
        {
            return new CertificateAdded(existing, Added: false);
        }
        if (certificate.Number is not null && sameNumber.Count > 0)
        {
            return new Refusal(l["The firm has the certificate {0} no. {1} already, with other dates. Remove it first to enter it again.", certificate.Kind, certificate.Number],
                StatusCodes.Status409Conflict, nameof(CertificateInput.Number));
        }
        certificate.ProofFileName = proof is null ? null : await proofs.SaveAsync(proof, cancellationToken);
        firm.Qualifications.Certificates.Add(certificate);
        await SaveOrDropProofAsync(certificate, cancellationToken);
        return new CertificateAdded(certificate, Added: true);
    }

    /// <summary>
    /// Puts a checked proof in place of the certificate's previous one (if any), which is deleted once the change is saved;
    /// false when the certificate has been removed meanwhile.
    /// </summary>
    public async Task<bool> ReplaceProofAsync(Firm firm, Guid certificateId, IFormFile proof, CancellationToken cancellationToken)
    {
        var (found, previous) = await db.ChangeLockedFirmAsync(firm, async locked =>
        {
            if (locked.Qualifications.Certificates.SingleOrDefault(c => c.Id == certificateId) is not { } certificate)
            {
                return (Found: false, Previous: (string?)null);
            }
            var replaced = certificate.ProofFileName;
            certificate.ProofFileName = await proofs.SaveAsync(proof, cancellationToken);
            await SaveOrDropProofAsync(certificate, cancellationToken);
            return (Found: true, Previous: replaced);
        }, cancellationToken);
        if (previous is not null)
        {
            proofs.Delete(previous);
        }
        return found;
    }

    public async Task<bool> RemoveCertificateAsync(Firm firm, Guid certificateId, CancellationToken cancellationToken)
    {
        var certificate = await db.ChangeLockedFirmAsync(firm, async locked =>
        {
            var certificates = locked.Qualifications.Certificates;
            if (certificates.SingleOrDefault(c => c.Id == certificateId) is not { } removed)
            {
                return null;
            }
            certificates.Remove(removed);
            await db.SaveChangesAsync(cancellationToken);
            return removed;
        }, cancellationToken);
        if (certificate is null)
        {
            return false;
        }
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

/// <summary>The certificate, and whether this call added it (false: it was there already).</summary>
public sealed record CertificateAdded(Certificate Certificate, bool Added);
