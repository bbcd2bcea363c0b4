using SupplierMeetups.Web.Demo;
using SupplierMeetups.Web.Identity;

namespace SupplierMeetups.Web.Platform;

internal static class Seeding
{
    /// <summary>Roles and the first organizer always; the demo event only in Development (or when Demo:Load is true) on an empty database.</summary>
    public static async Task SeedAsync(this IServiceProvider services, IHostEnvironment environment, IConfiguration configuration)
    {
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IdentitySeeder>().SeedAsync(CancellationToken.None);
        if (configuration.GetValue("Demo:Load", environment.IsDevelopment()))
        {
            // The demo's accounts share the password printed in the README: anywhere but a developer's machine that is an open door.
            if (!environment.IsDevelopment() && !configuration.GetValue("Demo:AllowOutsideDevelopment", false))
            {
                throw new InvalidOperationException(
                    $"Demo:Load is true in the '{environment.EnvironmentName}' environment. The demo accounts have a published password; " +
                    "set Demo:Load=false, or Demo:AllowOutsideDevelopment=true for a throwaway demonstration host.");
            }
            await scope.ServiceProvider.GetRequiredService<DemoLoader>().LoadIfEmptyAsync(CancellationToken.None);
        }
    }
}
