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
            await scope.ServiceProvider.GetRequiredService<DemoLoader>().LoadIfEmptyAsync(CancellationToken.None);
        }
    }
}
