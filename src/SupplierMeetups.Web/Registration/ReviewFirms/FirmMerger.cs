using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SupplierMeetups.Web.Platform.Audit;
using SupplierMeetups.Web.Platform.Persistence;
using SupplierMeetups.Web.Platform.Refusals;

namespace SupplierMeetups.Web.Registration.ReviewFirms;

/// <summary>The firm kept after a merge and the one folded into it (now deleted); <see cref="AlreadyMerged"/>: an earlier merge did it.</summary>
public sealed record FirmMerge(Firm Kept, Guid MergedFirmId, bool AlreadyMerged);

/// <summary>Folds a duplicate firm into the one kept: its participations, people and certificates move over, in one transaction.</summary>
public sealed class FirmMerger(AppDbContext db, AuditLog audit, IStringLocalizer<SharedResource> l)
{
    /// <summary>
    /// Merges <paramref name="dropId"/> into <paramref name="keepId"/>. Asked again after it is done (a double click, a
    /// retried request), it answers the same merge without a second effect: the audit entry of the first one says so.
    /// </summary>
    public async Task<Outcome<FirmMerge>> MergeAsync(Guid keepId, Guid dropId, CancellationToken cancellationToken)
    {
        if (keepId == dropId)
        {
            return Refusal.AtField("DuplicateFirmId", l["A firm cannot be merged into itself."]);
        }
        // Under the kept firm's row lock: the same merge sent twice at once runs one after the other, and the second
        // finds the duplicate gone and the first one's audit entry.
        await using var transaction = await db.BeginWriteAsync(cancellationToken);
        await db.LockRowAsync<Firm>(keepId, cancellationToken);
        var keep = await db.Set<Firm>().SingleOrDefaultAsync(f => f.Id == keepId, cancellationToken);
        var drop = await db.Set<Firm>().SingleOrDefaultAsync(f => f.Id == dropId, cancellationToken);
        if (keep is not null && drop is null && await WasMergedAsync(keepId, dropId, cancellationToken))
        {
            return new FirmMerge(keep, dropId, AlreadyMerged: true);
        }
        if (keep is null || drop is null)
        {
            return new Refusal(l["There is no such firm."], StatusCodes.Status404NotFound);
        }
        var kept = await db.Set<Participation>().Where(p => p.FirmId == keepId).ToListAsync(cancellationToken);
        foreach (var moved in await db.Set<Participation>().Where(p => p.FirmId == dropId).ToListAsync(cancellationToken))
        {
            var people = await db.Set<FirmPerson>().Where(p => p.ParticipationId == moved.Id).ToListAsync(cancellationToken);
            if (kept.SingleOrDefault(p => p.EventId == moved.EventId) is { } same)
            {
                // Both registered for the same event: the kept registration stays, the duplicate's people join it.
                people.ForEach(p => p.ParticipationId = same.Id);
                same.ContactUserId ??= moved.ContactUserId;
                db.Remove(moved);
            }
            else
            {
                moved.FirmId = keepId;
            }
            people.ForEach(p => p.FirmId = keepId);
        }
        foreach (var certificate in drop.Qualifications.Certificates.Where(c => keep.Qualifications.Certificates.All(k => k.Id != c.Id)))
        {
            keep.Qualifications.Certificates.Add(new Certificate
            {
                Id = certificate.Id, Kind = certificate.Kind, Number = certificate.Number, IssuedOn = certificate.IssuedOn,
                ValidUntil = certificate.ValidUntil, ProofFileName = certificate.ProofFileName, ProofSharedWithPrimes = certificate.ProofSharedWithPrimes,
            });
        }
        keep.Capabilities = keep.Capabilities.Union(drop.Capabilities).Order(StringComparer.Ordinal).ToList();
        db.Remove(drop);
        await audit.RecordAsync(AuditActions.FirmsMerged, "firm", keepId, null, $"{drop.ShortName} ({dropId}) merged into {keep.ShortName}", cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new FirmMerge(keep, dropId, AlreadyMerged: false);
    }

    private Task<bool> WasMergedAsync(Guid keepId, Guid dropId, CancellationToken cancellationToken) =>
        audit.HasEntryAsync(AuditActions.FirmsMerged, "firm", keepId, $"({dropId.ToString("D", CultureInfo.InvariantCulture)})", cancellationToken);
}
