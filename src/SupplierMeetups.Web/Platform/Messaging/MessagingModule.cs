using MassTransit;

namespace SupplierMeetups.Web.Platform.Messaging;

internal static class MessagingModule
{
    /// <summary>The bus is the fast path only: every message it carries is also recorded in the database and swept by a job.</summary>
    public static IServiceCollection AddMessaging(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(MessagingOptions.Section).Get<MessagingOptions>() ?? new MessagingOptions();
        services.AddSingleton(options);
        services.AddSingleton<BusHealth>();
        services.AddScoped<IModuleEvents, ModuleEvents>();
        services.AddMassTransit(bus =>
        {
            // The platform runs on networks without internet access; MassTransit's phone-home would only time out.
            bus.DisableUsageTelemetry();
            // Named one by one: MassTransit's assembly scan sees public types only, and the consumers are internal.
            bus.AddConsumer<Email.EmailQueuedConsumer>();
            bus.SetEndpointNameFormatter(new KebabCaseEndpointNameFormatter(options.QueuePrefix, includeNamespace: false));
            if (options.Transport == MessagingTransport.RabbitMq)
            {
                var uri = configuration.GetConnectionString("RabbitMq")
                    ?? throw new InvalidOperationException("Messaging:Transport is RabbitMq but ConnectionStrings:RabbitMq is not set.");
                bus.UsingRabbitMq((context, cfg) =>
                {
                    cfg.Host(new Uri(uri));
                    cfg.UseMessageRetry(r => r.Exponential(5, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(30), TimeSpan.FromSeconds(2)));
                    cfg.ConfigureEndpoints(context);
                });
            }
            else
            {
                bus.UsingInMemory((context, cfg) =>
                {
                    cfg.UseMessageRetry(r => r.Exponential(5, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(30), TimeSpan.FromSeconds(2)));
                    cfg.ConfigureEndpoints(context);
                });
            }
        });
        // Start the web app even when the broker is down: the bus keeps reconnecting, the sweep jobs cover the gap.
        services.Configure<MassTransitHostOptions>(o =>
        {
            o.WaitUntilStarted = false;
            o.StopTimeout = TimeSpan.FromSeconds(10);
        });
        return services;
    }
}
