using System.Security.Claims;
using SupplierMeetups.Web.Platform.Security;

namespace SupplierMeetups.Web.Reporting.FirmDirectory;

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
    public static async Task<DirectoryView> ViewOfAsync(ClaimsPrincipal user, Guid eventId, IDirectoryFirms firms, CancellationToken cancellationToken)
    {
        if (user.IsInRole(Roles.Organizer))
        {
            return DirectoryView.Full;
        }
        if (user.IsInRole(Roles.Prime) && SignedInUser.IdOf(user) is { } userId
            && await firms.IsApprovedPrimeContactAsync(eventId, userId, cancellationToken))
        {
            return DirectoryView.PublicSuppliers;
        }
        return DirectoryView.None;
    }
}
