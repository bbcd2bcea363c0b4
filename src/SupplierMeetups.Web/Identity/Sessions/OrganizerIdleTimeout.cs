using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using SupplierMeetups.Web.Platform.Security;

namespace SupplierMeetups.Web.Identity.Sessions;

/// <summary>
/// Organizers hold the keys to every firm's data: their cookie ends after a shorter idle time than the others'
/// (sliding: any request renews it), so a screen left open at the fair does not stay an organizer's.
/// </summary>
internal static class OrganizerIdleTimeout
{
    public static readonly TimeSpan Idle = TimeSpan.FromMinutes(30);

    public static async Task ValidateAsync(CookieValidatePrincipalContext context, TimeProvider clock)
    {
        if (context.Principal?.IsInRole(Roles.Organizer) != true || context.Properties.IssuedUtc is not { } issued)
        {
            return;
        }
        var idle = clock.GetUtcNow() - issued;
        if (idle > Idle)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(context.Scheme.Name);
            return;
        }
        if (idle > Idle / 2)
        {
            // Reissuing resets IssuedUtc, which is what the next request measures idleness from.
            context.ShouldRenew = true;
        }
    }
}
