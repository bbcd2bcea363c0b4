using Microsoft.AspNetCore.Authentication;
using SupplierMeetups.Web.CheckIn.Contracts;
using SupplierMeetups.Web.Exhibition.Contracts;
using SupplierMeetups.Web.Integrations.Deliveries;
using SupplierMeetups.Web.Integrations.Keys;
using SupplierMeetups.Web.Integrations.Outbox;
using SupplierMeetups.Web.Integrations.Webhooks;
using SupplierMeetups.Web.Matchmaking.Contracts;
using SupplierMeetups.Web.Platform.Jobs;
using SupplierMeetups.Web.Platform.Messaging;
using SupplierMeetups.Web.Platform.Security;
using SupplierMeetups.Web.Registration.Contracts;

namespace SupplierMeetups.Web.Integrations;

/// <summary>
/// Organizations' systems: API keys scoped to one event (and the authentication scheme that accepts them), and
/// integration events out of the outbox, to signed webhooks and onto the bus.
/// </summary>
internal static class IntegrationsModule
{
    public static IServiceCollection AddIntegrationsModule(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(IntegrationsOptions.Section).Get<IntegrationsOptions>() ?? new IntegrationsOptions();
        services.AddSingleton(options);
        services.AddAuthentication().AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyScheme.Name, null);
        services.AddScoped<ApiKeyService>();
        services.AddScoped<WebhookService>();
        services.AddSingleton<WebhookSecrets>();
        services.AddScoped<DeliveryLog>();
        services.AddScoped<IntegrationOutbox>();
        services.AddScoped<WebhookSender>();
        services.AddScoped<BusPublisher>();
        services.AddSingleton<IntegrationSweepGate>();
        services.AddHttpClient(WebhookSender.HttpClientName)
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AllowAutoRedirect = false, PooledConnectionLifetime = TimeSpan.FromMinutes(5) });
        services.AddRecurringJob<IntegrationSweepJob>("integration-sweep", options.SweepCron, j => j.RunAsync(CancellationToken.None));
        services.AddRecurringJob<IntegrationRetention>(IntegrationRetention.Id, "45 3 * * *", j => j.RunAsync(CancellationToken.None));

        services.AddScoped<IntegrationEventHandlers>();
        services.AddScoped<IModuleEventHandler<FirmApproved>>(sp => sp.GetRequiredService<IntegrationEventHandlers>());
        services.AddScoped<IModuleEventHandler<BoothConfirmed>>(sp => sp.GetRequiredService<IntegrationEventHandlers>());
        services.AddScoped<IModuleEventHandler<MeetingRequested>>(sp => sp.GetRequiredService<IntegrationEventHandlers>());
        services.AddScoped<IModuleEventHandler<MeetingAccepted>>(sp => sp.GetRequiredService<IntegrationEventHandlers>());
        services.AddScoped<IModuleEventHandler<MeetingScheduled>>(sp => sp.GetRequiredService<IntegrationEventHandlers>());
        services.AddScoped<IModuleEventHandler<MeetingCancelled>>(sp => sp.GetRequiredService<IntegrationEventHandlers>());
        services.AddScoped<IModuleEventHandler<OutcomeRecorded>>(sp => sp.GetRequiredService<IntegrationEventHandlers>());
        services.AddScoped<IModuleEventHandler<CheckedIn>>(sp => sp.GetRequiredService<IntegrationEventHandlers>());
        return services;
    }
}
