using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using SupplierMeetups.Web.Platform.Security;

namespace SupplierMeetups.Web.Identity;

/// <summary>Creates the roles and the first organizer from configuration. Outside Development no password is shipped: the organizer gets a link to set one.</summary>
internal sealed class IdentitySeeder(
    RoleManager<IdentityRole<Guid>> roles,
    UserManager<AppUser> users,
    AccountService accounts,
    IOptions<FirstOrganizerOptions> firstOrganizer,
    ILogger<IdentitySeeder> logger) : Platform.IStartupSeeder
{
    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                await roles.CreateAsync(new IdentityRole<Guid>(role));
            }
        }

        var organizer = firstOrganizer.Value;
        if (string.IsNullOrWhiteSpace(organizer.Email) || await users.FindByEmailAsync(organizer.Email) is not null)
        {
            return;
        }
        var user = new AppUser
        {
            UserName = organizer.Email,
            Email = organizer.Email,
            EmailConfirmed = true,
            FullName = organizer.FullName ?? organizer.Email,
        };
        var created = string.IsNullOrEmpty(organizer.Password)
            ? await users.CreateAsync(user)
            : await users.CreateAsync(user, organizer.Password);
        if (!created.Succeeded)
        {
            throw new InvalidOperationException("The first organizer could not be created: " + string.Join("; ", created.Errors.Select(e => e.Description)));
        }
        await users.AddToRoleAsync(user, Roles.Organizer);
        if (string.IsNullOrEmpty(organizer.Password))
        {
            await accounts.SendPasswordResetAsync(user, cancellationToken);
            logger.LogWarning("First organizer {Email} created without a password; a link to set one was e-mailed", organizer.Email);
        }
    }
}
