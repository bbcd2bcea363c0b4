using SupplierMeetups.Web.Platform;

namespace SupplierMeetups.Web.Demo;

/// <summary>The demo event only in Development (or when Demo:Load is true) on an empty database.</summary>
internal sealed class DemoSeeder(IHostEnvironment environment, IConfiguration configuration, DemoLoader loader) : IStartupSeeder
{
    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        if (!configuration.GetValue("Demo:Load", environment.IsDevelopment()))
        {
            return;
        }
        // The demo's accounts share the password printed in the README: anywhere but a developer's machine that is an open door.
        if (!environment.IsDevelopment() && !configuration.GetValue("Demo:AllowOutsideDevelopment", false))
        {
            throw new InvalidOperationException(
                $"Demo:Load is true in the '{environment.EnvironmentName}' environment. The demo accounts have a published password; " +
                "set Demo:Load=false, or Demo:AllowOutsideDevelopment=true for a throwaway demonstration host.");
        }
        await loader.LoadIfEmptyAsync(cancellationToken);
    }
}
