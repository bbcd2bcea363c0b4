using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using SupplierMeetups.Web.Platform.Security;

namespace SupplierMeetups.Web.Identity.TwoFactor;

public enum TwoFactorCheck
{
    Passed,
    CodeNeeded,
    CodeWrong,
    EnrolmentNeeded,
}

/// <summary>Which roles must use two-factor sign-in (organizers and door staff by default).</summary>
public sealed class TwoFactorOptions
{
    public const string Section = "Identity:TwoFactor";

    public string[] RequiredRoles { get; set; } = [Roles.Organizer, Roles.Staff];

    /// <summary>False only where a test host has not enrolled its users (never in production).</summary>
    public bool Enforce { get; set; } = true;
}

/// <summary>The second step of a sign-in by program: an authenticator code or a recovery code, after the right password.</summary>
public sealed class TwoFactorSignIn(UserManager<AppUser> users, IOptions<TwoFactorOptions> options)
{
    public async Task<bool> IsRequiredAsync(AppUser user)
    {
        if (!options.Value.Enforce)
        {
            return false;
        }
        foreach (var role in options.Value.RequiredRoles)
        {
            if (await users.IsInRoleAsync(user, role))
            {
                return true;
            }
        }
        return false;
    }

    public async Task<TwoFactorCheck> CheckAsync(AppUser user, string? code, string? recoveryCode)
    {
        if (!await users.GetTwoFactorEnabledAsync(user))
        {
            return await IsRequiredAsync(user) ? TwoFactorCheck.EnrolmentNeeded : TwoFactorCheck.Passed;
        }
        bool passed;
        if (!string.IsNullOrWhiteSpace(code))
        {
            passed = await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, Normalize(code));
        }
        else if (!string.IsNullOrWhiteSpace(recoveryCode))
        {
            passed = (await users.RedeemTwoFactorRecoveryCodeAsync(user, recoveryCode.Replace(" ", "", StringComparison.Ordinal).Trim())).Succeeded;
        }
        else
        {
            return TwoFactorCheck.CodeNeeded;
        }
        if (!passed)
        {
            await users.AccessFailedAsync(user);
            return TwoFactorCheck.CodeWrong;
        }
        await users.ResetAccessFailedCountAsync(user);
        return TwoFactorCheck.Passed;
    }

    public static string Normalize(string code) => code.Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal).Trim();
}
