using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Mvc;
using SupplierMeetups.Web.Platform.Http;
using SupplierMeetups.Web.Platform.Http.Input;
using SupplierMeetups.Web.Platform.Localization;
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
        services.AddDataProtection()
            .SetApplicationName("SupplierMeetups")
            .PersistKeysToFileSystem(new DirectoryInfo(storage.PathFor("keys")));

        services.AddRazorPages(o => o.RootDirectory = "/")
            .AddMvcOptions(o =>
            {
                o.ModelValidatorProviders.Insert(0, new InputHygieneValidatorProvider());
                o.Filters.Add(new PageInputHygieneFilter());
                o.Filters.Add(new ProblemContentType());
            })
            .AddViewLocalization()
            .AddDataAnnotationsLocalization(o => o.DataAnnotationLocalizerProvider = (_, factory) => factory.Create(typeof(SharedResource)));
        services.AddControllers()
            .AddJsonOptions(o => o.JsonSerializerOptions.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter()))
            .AddDataAnnotationsLocalization(o => o.DataAnnotationLocalizerProvider = (_, factory) => factory.Create(typeof(SharedResource)));
        services.Configure<ApiBehaviorOptions>(o => o.InvalidModelStateResponseFactory = CamelCaseValidationProblems.Create);
        services.AddOpenApi("v1", o => o.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "SupplierMeetups API";
            document.Info.Description = "Event registration and B2B matchmaking for defense-industry supplier fairs. Sign in at POST /api/v1/auth/login and send the access token as 'Authorization: Bearer …'.";
            return Task.CompletedTask;
        }));
        return services;
    }

    public static void UsePlatform(this WebApplication app)
    {
        // Localization first: error answers written on the way out are in the user's language too.
        app.UseRequestLocalization();
        app.UseProblems();
        app.UseStaticFiles();
        app.UseRouting();
        app.UseQueryAndRouteHygiene();
        app.UseAuthentication();
        app.UseAuthorization();
    }

    public static void MapPlatform(this WebApplication app)
    {
        app.MapOpenApi("/openapi/{documentName}.json").AllowAnonymous();
        app.MapHealthChecks("/health", new Microsoft.AspNetCore.Diagnostics.HealthChecks.HealthCheckOptions
        {
            ResponseWriter = async (http, report) =>
            {
                http.Response.ContentType = "application/json";
                await http.Response.WriteAsJsonAsync(new
                {
                    status = report.Status.ToString(),
                    checks = report.Entries.ToDictionary(e => e.Key, e => e.Value.Status.ToString()),
                });
            },
        }).AllowAnonymous();
        app.MapRazorPages();
        app.MapControllers();
    }
}
