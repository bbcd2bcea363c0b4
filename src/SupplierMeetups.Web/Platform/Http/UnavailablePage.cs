using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.Extensions.Localization;
using SupplierMeetups.Web.Platform.Localization;

namespace SupplierMeetups.Web.Platform.Http;

/// <summary>The page people see while the database is away: plain HTML in their language that needs nothing but this process.</summary>
internal static class UnavailablePage
{
    private static readonly HtmlEncoder Html = HtmlEncoder.Create(UnicodeRanges.All);

    public static async Task WriteAsync(HttpContext http)
    {
        var l = http.RequestServices.GetRequiredService<IStringLocalizer<SharedResource>>();
        var title = Html.Encode(l["The service is briefly unavailable. Please try again in a few seconds."]);
        var again = Html.Encode(l["Try again"]);
        var language = Html.Encode(System.Globalization.CultureInfo.CurrentUICulture.TwoLetterISOLanguageName);
        var self = Html.Encode(http.Request.PathBase + http.Request.Path + http.Request.QueryString);
        http.Response.ContentType = "text/html; charset=utf-8";
        http.Response.Headers.CacheControl = "no-store";
        await http.Response.WriteAsync(
            $"""
             <!DOCTYPE html>
             <html lang="{language}">
             <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>{title}</title><link rel="stylesheet" href="/css/site.css"></head>
             <body><main class="narrow" data-testid="unavailable"><h1>{title}</h1><p><a class="button" href="{self}">{again}</a></p></main></body>
             </html>
             """);
    }
}
