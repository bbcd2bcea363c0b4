namespace SupplierMeetups.Web.Platform;

/// <summary>Start-up data a module owns (roles and the first organizer, the demo event), written once the schema is current.</summary>
public interface IStartupSeeder
{
    Task SeedAsync(CancellationToken cancellationToken);
}

internal static class Seeding
{
    /// <summary>Runs every module's seeder in the order the modules were added, so that later ones find the earlier ones' data.</summary>
    public static async Task SeedAsync(this IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        foreach (var seeder in scope.ServiceProvider.GetServices<IStartupSeeder>())
        {
            await seeder.SeedAsync(CancellationToken.None);
        }
    }
}
