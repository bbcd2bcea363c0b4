using System.Globalization;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.Localization;

namespace SupplierMeetups.Web.Platform.Localization;

internal static class LocalizationModule
{
    public static readonly CultureInfo Turkish = CultureInfo.GetCultureInfo("tr-TR");
    public static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-US");
    public static readonly CultureInfo[] Supported = [Turkish, English];

    public static IServiceCollection AddPlatformLocalization(this IServiceCollection services)
    {
        services.AddLocalization(o => o.ResourcesPath = "Resources");
        services.AddSingleton<IStringLocalizerFactory, ModuleStringLocalizerFactory>();
        services.Configure<RequestLocalizationOptions>(o =>
        {
            o.DefaultRequestCulture = new RequestCulture(Turkish);
            o.SupportedCultures = Supported;
            o.SupportedUICultures = Supported;
            o.FallBackToParentCultures = true;
            o.FallBackToParentUICultures = true;
            // Explicit choices first (query, then the switch's cookie), then the browser's Accept-Language.
            o.RequestCultureProviders =
            [
                new QueryStringRequestCultureProvider(),
                new CookieRequestCultureProvider(),
                new AcceptLanguageHeaderRequestCultureProvider(),
            ];
        });
        return services;
    }

    /// <summary>GET /language?culture=en-US&amp;returnUrl=/…: a plain link, so the switch works without JavaScript.</summary>
    public static void MapLanguageSwitch(this IEndpointRouteBuilder app) =>
        app.MapGet("/language", (HttpContext http, string? culture, string? returnUrl) =>
        {
            var chosen = Supported.FirstOrDefault(c => string.Equals(c.Name, culture, StringComparison.OrdinalIgnoreCase)
                                                       || string.Equals(c.TwoLetterISOLanguageName, culture, StringComparison.OrdinalIgnoreCase))
                         ?? Turkish;
            http.Response.Cookies.Append(
                CookieRequestCultureProvider.DefaultCookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(chosen)),
                new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), IsEssential = true, HttpOnly = true, SameSite = SameSiteMode.Lax });
            return Results.LocalRedirect(IsLocalPath(returnUrl) ? returnUrl! : "/");
        }).AllowAnonymous().ExcludeFromDescription();

    /// <summary>A path of this site only: browsers read "/\\evil.test" as "//evil.test", so no backslash anywhere.</summary>
    internal static bool IsLocalPath(string? url) =>
        url is { Length: > 0 } && url[0] == '/' && !url.StartsWith("//", StringComparison.Ordinal)
        && !url.Contains('\\') && url.All(c => !char.IsControl(c)) && Uri.TryCreate(url, UriKind.Relative, out _);
}
