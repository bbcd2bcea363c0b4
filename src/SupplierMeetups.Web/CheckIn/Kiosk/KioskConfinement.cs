using SupplierMeetups.Web.Platform.Security;

namespace SupplierMeetups.Web.CheckIn.Kiosk;

/// <summary>
/// A kiosk's account reaches the kiosk pages and their API and nothing else: any other address answers 403, the
/// site's home leads to the kiosk's home. Signing in and out, the language switch and static files stay open.
/// </summary>
internal static class KioskConfinement
{
    private static readonly string[] Open =
        ["/kiosk", "/api/v1/auth", "/account/login", "/account/logout", "/account/access-denied", "/error", "/language", "/css", "/js", "/lib", "/favicon", "/health"];

    public static void UseKioskConfinement(this IApplicationBuilder app) => app.Use(async (http, next) =>
    {
        if (http.User.IsInRole(Roles.Kiosk) && !http.User.IsInRole(Roles.Organizer))
        {
            var path = http.Request.Path;
            if (path == "/" && HttpMethods.IsGet(http.Request.Method))
            {
                http.Response.Redirect("/kiosk");
                return;
            }
            if (!Open.Any(p => path.StartsWithSegments(p, StringComparison.OrdinalIgnoreCase)) && !IsKioskApi(path))
            {
                http.Response.StatusCode = StatusCodes.Status403Forbidden;
                return;
            }
        }
        await next();
    });

    private static bool IsKioskApi(PathString path)
    {
        // /api/v1/events/{id}/kiosk/...
        var segments = path.Value?.Split('/', StringSplitOptions.RemoveEmptyEntries) ?? [];
        return segments.Length >= 5 && segments[0] == "api" && segments[1] == "v1" && segments[2] == "events" && segments[4] == "kiosk";
    }
}
