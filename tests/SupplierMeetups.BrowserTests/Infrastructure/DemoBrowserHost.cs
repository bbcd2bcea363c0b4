using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using SupplierMeetups.IntegrationTests.Infrastructure;
using SupplierMeetups.Web.Identity;

namespace SupplierMeetups.BrowserTests.Infrastructure;

/// <summary>The app with the demo event loaded, as a newcomer finds it, signed in with the demo accounts of the README.</summary>
public sealed class DemoBrowserHost() : BrowserHost(new DemoPlatform())
{
    public const string Password = "Konya!Demo2025";

    /// <summary>
    /// Outside Development the first organizer gets no password from configuration (a link to set one instead);
    /// the demo's README password is given here, as the organizer would set it.
    /// </summary>
    public async Task GivePasswordAsync(string email)
    {
        await using var scope = Platform.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = await users.FindByEmailAsync(email) ?? throw new InvalidOperationException($"no account {email}");
        if (!await users.CheckPasswordAsync(user, Password))
        {
            await users.RemovePasswordAsync(user);
            var added = await users.AddPasswordAsync(user, Password);
            if (!added.Succeeded)
            {
                throw new InvalidOperationException(string.Join("; ", added.Errors.Select(e => e.Description)));
            }
        }
    }

    private sealed class DemoPlatform() : PlatformFactory(new Dictionary<string, string?>
    {
        ["Demo:Load"] = "true",
        ["Demo:AllowOutsideDevelopment"] = "true",
        ["Identity:FirstOrganizer:Email"] = "organizer@demo.local",
        ["Identity:FirstOrganizer:Password"] = Password,
    });
}
