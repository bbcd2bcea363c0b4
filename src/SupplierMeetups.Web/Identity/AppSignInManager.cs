using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace SupplierMeetups.Web.Identity;

/// <summary>
/// Checks the password before anything else, so that a locked or unconfirmed account answers "wrong e-mail or
/// password" like an unknown one unless the password is right; only then does it tell "locked" or "confirm first".
/// </summary>
public sealed class AppSignInManager(
    UserManager<AppUser> users,
    IHttpContextAccessor http,
    IUserClaimsPrincipalFactory<AppUser> claims,
    IOptions<IdentityOptions> options,
    ILogger<SignInManager<AppUser>> logger,
    IAuthenticationSchemeProvider schemes,
    IUserConfirmation<AppUser> confirmation)
    : SignInManager<AppUser>(users, http, claims, options, logger, schemes, confirmation)
{
    public override async Task<SignInResult> CheckPasswordSignInAsync(AppUser user, string password, bool lockoutOnFailure)
    {
        if (!await UserManager.CheckPasswordAsync(user, password))
        {
            if (lockoutOnFailure && UserManager.SupportsUserLockout && !await UserManager.IsLockedOutAsync(user))
            {
                await UserManager.AccessFailedAsync(user);
            }
            return SignInResult.Failed;
        }
        if (await UserManager.IsLockedOutAsync(user))
        {
            return SignInResult.LockedOut;
        }
        if (!await CanSignInAsync(user))
        {
            return SignInResult.NotAllowed;
        }
        if (UserManager.SupportsUserLockout && !await UserManager.GetTwoFactorEnabledAsync(user))
        {
            await UserManager.ResetAccessFailedCountAsync(user);
        }
        return SignInResult.Success;
    }
}
