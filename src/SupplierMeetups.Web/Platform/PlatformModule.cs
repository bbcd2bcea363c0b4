using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.Mvc;
using SupplierMeetups.Web.Platform.Http;
using SupplierMeetups.Web.Platform.Http.Input;
using SupplierMeetups.Web.Platform.Localization;
using SupplierMeetups.Web.Platform.OpenApi;
using SupplierMeetups.Web.Platform.RateLimiting;
using SupplierMeetups.Web.Platform.Security;
using SupplierMeetups.Web.Platform.Storage;

namespace SupplierMeetups.Web.Platform;

/// <summary>What every module relies on: pages, API controllers, localization, problems, OpenAPI, health, keys, the clock.</summary>
internal static class PlatformModule
{
    public static IServiceCollection AddPlatform(this IServiceCollection services, IConfiguration configuration, StorageOptions storage)
    {
        services.AddSingleton(storage);
        services.AddSingleton(TimeProvider.System);
        // Pages carry Turkish letters as letters ("Buluşmaları"), not as numeric character references.
        services.Configure<Microsoft.Extensions.WebEncoders.WebEncoderOptions>(o =>
            o.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
        services.AddPlatformLocalization();
        services.AddProblems();
        services.AddSharedKeyRing(configuration);
        services.AddRateLimits(configuration);
        services.AddForwardedHeadersFromProxy(configuration);
        services.AddHttpContextAccessor();
        services.AddScoped<Audit.AuditLog>();
        services.AddScoped<Audit.AuditQuery>();

        services.AddRazorPages(o => o.RootDirectory = "/")
            .AddMvcOptions(o =>
            {
                o.ModelValidatorProviders.Insert(0, new InputHygieneValidatorProvider());
                o.ModelMetadataDetailsProviders.Add(new ImplicitRequiredMessage());
                o.Filters.Add(new PageInputHygieneFilter());
                o.Filters.Add(new ProblemContentType());
            })
            .AddViewLocalization()
            .AddDataAnnotationsLocalization(o => o.DataAnnotationLocalizerProvider = (_, factory) => factory.Create(typeof(SharedResource)));
        services.AddControllers()
            .AddJsonOptions(o =>
            {
                o.JsonSerializerOptions.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter());
                o.JsonSerializerOptions.TypeInfoResolver = (o.JsonSerializerOptions.TypeInfoResolver ?? new DefaultJsonTypeInfoResolver())
                    .WithAddedModifier(AbsentLists.TreatNullAsAbsent);
            })
            .AddDataAnnotationsLocalization(o => o.DataAnnotationLocalizerProvider = (_, factory) => factory.Create(typeof(SharedResource)));
        services.Configure<ApiBehaviorOptions>(o => o.InvalidModelStateResponseFactory = CamelCaseValidationProblems.Create);
        services.AddApiDocumentation();
        return services;
    }

    /// <param name="afterAuthentication">What must see the signed-in user before authorization (Identity's two-factor enrolment gate).</param>
    public static void UsePlatform(this WebApplication app, Action<IApplicationBuilder> afterAuthentication)
    {
        // The proxy's scheme first (HSTS, links), then the headers, so that even error answers carry them.
        app.UseForwardedHeaders();
        app.UseSecurityHeaders();
        // Localization next: error answers written on the way out are in the user's language too.
        app.UseRequestLocalization();
        app.UseProblems();
        app.UseStaticFiles();
        app.UseRouting();
        app.UseRateLimiter();
        app.UseQueryAndRouteHygiene();
        app.UseAuthentication();
        afterAuthentication(app);
        app.UseAuthorization();
    }

    public static void MapPlatform(this WebApplication app)
    {
        var openApi = app.MapOpenApi("/openapi/{documentName}.json");
        // In production the API's description is for signed-in users, not for whoever scans the host.
        if (app.Environment.IsProduction())
        {
            openApi.RequireAuthorization();
        }
        else
        {
            openApi.AllowAnonymous();
        }
        app.MapApiReference();
        // Liveness: the process answers, whatever its dependencies do (restarting it would not bring them back).
        app.MapHealthChecks("/health/live", HealthEndpoints.Options(_ => false)).AllowAnonymous();
        // Readiness: every dependency must be Healthy; a Degraded bus takes the instance out of the load balancer too.
        app.MapHealthChecks("/health/ready", HealthEndpoints.Options(_ => true)).AllowAnonymous();
        app.MapHealthChecks("/health", HealthEndpoints.Options(_ => true)).AllowAnonymous();
        app.MapRazorPages();
        app.MapControllers();
    }
}
