using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SupplierMeetups.Web.Platform.Messaging;
using SupplierMeetups.Web.Platform.Persistence;
using SupplierMeetups.Web.Platform.Refusals;
using SupplierMeetups.Web.Registration.Certificates;

namespace SupplierMeetups.Web.Registration.EditFirm;

/// <summary>
/// Changes a firm's profile (and, from the API, its qualifications) after the checks that need the database; its
/// representatives' badges print the new short name.
/// </summary>
public sealed class FirmEditor(AppDbContext db, IModuleEvents moduleEvents, IStringLocalizer<SharedResource> l)
{
    public Task<Firm?> FindAsync(Guid firmId, CancellationToken cancellationToken) =>
        db.Set<Firm>().SingleOrDefaultAsync(f => f.Id == firmId, cancellationToken);

    /// <summary>
    /// Saves the profile and answers the firm as saved, or answers everything that is wrong, each at its field, and saves
    /// nothing. Under the firm's row lock, as the qualifications share its JSON column with the certificates.
    /// </summary>
    public Task<Outcome<Firm>> UpdateAsync(Firm firm, FirmProfileInput input, QualificationsInput? qualifications, CancellationToken cancellationToken) =>
        db.ChangeLockedFirmAsync(firm, locked => UpdateLockedAsync(locked, input, qualifications, cancellationToken), cancellationToken);

    private async Task<Outcome<Firm>> UpdateLockedAsync(Firm firm, FirmProfileInput input, QualificationsInput? qualifications, CancellationToken cancellationToken)
    {
        var errors = new List<Refusal>();
        var known = await db.Set<Capability>().Select(c => c.Code).ToListAsync(cancellationToken);
        errors.AddRange(input.Capabilities.Where(c => !known.Contains(c.Trim()))
            .Select(c => Refusal.AtField(nameof(input.Capabilities), l["{0} is not a capability of the taxonomy.", c])));
        var vkn = input.IsTurkish ? input.TaxNumber?.Trim() : null;
        if (vkn is not null && await db.Set<Firm>().AnyAsync(f => f.Id != firm.Id && f.TaxNumber == vkn, cancellationToken))
        {
            errors.Add(Refusal.AtField(nameof(input.TaxNumber), l["Another firm already has the tax number {0}; organizers can merge the two.", vkn]));
        }
        if (Refusal.Of(errors) is { } refusal)
        {
            return refusal;
        }
        input.ApplyTo(firm);
        qualifications?.ApplyTo(firm.Qualifications);
        await moduleEvents.PublishAsync(new FirmRenamed(firm.Id, firm.ShortName), cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return firm;
    }
}
