namespace SupplierMeetups.Web.Demo;

internal static class DemoModule
{
    public const string DemoPassword = "Konya!Demo2025";

    public static IServiceCollection AddDemo(this IServiceCollection services)
    {
        services.AddScoped<DemoLoader>();
        services.AddScoped<Platform.IStartupSeeder, DemoSeeder>();
        return services;
    }
}
