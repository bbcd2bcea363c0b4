using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using SupplierMeetups.Web.Identity;

namespace SupplierMeetups.IntegrationTests.Infrastructure;

public static class TwoFactorEnrolment
{
    /// <summary>Turns on two-factor sign-in for an account as the enrolment page would; answers its key and recovery codes.</summary>
    public static async Task<(string Key, List<string> RecoveryCodes)> EnrolTwoFactorAsync(this PlatformFactory factory, string email)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = await users.FindByEmailAsync(email) ?? throw new InvalidOperationException($"no account {email}");
        await users.ResetAuthenticatorKeyAsync(user);
        var key = (await users.GetAuthenticatorKeyAsync(user))!;
        await users.SetTwoFactorEnabledAsync(user, true);
        var codes = (await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 10))!.ToList();
        return (key, codes);
    }
}
