using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using SupplierMeetups.Web.Identity;
using SupplierMeetups.Web.Platform.Persistence;
using SupplierMeetups.Web.Platform.Security;

namespace SupplierMeetups.Web.Registration.FirmDirectory;

public enum DirectoryView
{
    None,
    /// <summary>Organizers: every firm, every field.</summary>
    Full,
    /// <summary>A prime taking part in the event: approved suppliers' public profiles.</summary>
    PublicSuppliers,
}

internal static class DirectoryAccess
{
    public static async Task<DirectoryView> ViewOfAsync(ClaimsPrincipal user, Guid eventId, AppDbContext db, CancellationToken cancellationToken)
    {
        if (user.IsInRole(Roles.Organizer))
        {
            return DirectoryView.Full;
        }
        if (user.IsInRole(Roles.Prime) && SignedInUser.IdOf(user) is { } userId
            && await db.Set<Participation>().AnyAsync(p => p.EventId == eventId && p.ContactUserId == userId && p.Type == ParticipationType.Prime && p.Status == ParticipationStatus.Approved, cancellationToken))
        {
            return DirectoryView.PublicSuppliers;
        }
        return DirectoryView.None;
    }
}
