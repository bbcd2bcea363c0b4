using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using SupplierMeetups.Web.Identity;
using SupplierMeetups.Web.Platform.Persistence;
using SupplierMeetups.Web.Platform.Security;

namespace SupplierMeetups.Web.Registration;

public enum FirmView
{
    None,
    /// <summary>Primes looking at an approved supplier: the profile, and only the documents the supplier shared.</summary>
    Public,
    /// <summary>The firm's own users and organizers.</summary>
    Full,
}

/// <summary>Who may see and change a firm. A firm's users are the contacts of its participations.</summary>
public sealed class FirmAccess(AppDbContext db)
{
    public async Task<bool> IsFirmUserAsync(ClaimsPrincipal user, Guid firmId, CancellationToken cancellationToken) =>
        SignedInUser.IdOf(user) is { } userId
        && await db.Set<Participation>().AnyAsync(p => p.FirmId == firmId && p.ContactUserId == userId, cancellationToken);

    public async Task<bool> CanEditAsync(ClaimsPrincipal user, Guid firmId, CancellationToken cancellationToken) =>
        user.IsInRole(Roles.Organizer) || await IsFirmUserAsync(user, firmId, cancellationToken);

    public async Task<FirmView> ViewAsync(ClaimsPrincipal user, Guid firmId, CancellationToken cancellationToken)
    {
        if (await CanEditAsync(user, firmId, cancellationToken))
        {
            return FirmView.Full;
        }
        var approvedSupplier = await db.Set<Participation>().AnyAsync(
            p => p.FirmId == firmId && p.Status == ParticipationStatus.Approved && p.Type != ParticipationType.Prime, cancellationToken);
        return user.IsInRole(Roles.Prime) && approvedSupplier ? FirmView.Public : FirmView.None;
    }

    /// <summary>The firm the user is the contact of; the most recent registration wins.</summary>
    public async Task<Guid?> FirmOfAsync(ClaimsPrincipal user, CancellationToken cancellationToken) =>
        SignedInUser.IdOf(user) is { } userId
            ? await db.Set<Participation>().Where(p => p.ContactUserId == userId)
                .OrderByDescending(p => p.RegisteredAt).Select(p => (Guid?)p.FirmId).FirstOrDefaultAsync(cancellationToken)
            : null;
}
