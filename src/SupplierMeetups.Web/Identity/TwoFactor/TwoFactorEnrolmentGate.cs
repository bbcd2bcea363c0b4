using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using SupplierMeetups.Web.Platform.Http;

namespace SupplierMeetups.Web.Identity.TwoFactor;

/// <summary>
/// An organizer or door staff member signed in without the second step (not enrolled yet) can use nothing but the
/// account pages until enrolled: every other page sends them to the enrolment page.
/// </summary>
internal static class TwoFactorEnrolmentGate
{
    private static readonly string[] Open = ["/account/", "/error/", "/language", "/css/", "/js/", "/lib/", "/favicon", "/health"];

    public static void UseTwoFactorEnrolmentGate(this IApplicationBuilder app) => app.Use(async (http, next) =>
    {
        var user = http.User;
        if (user.Identity is { IsAuthenticated: true, AuthenticationType: var type } && type == IdentityConstants.ApplicationScheme
            && !user.HasClaim("amr", "mfa") && !ApiRequests.IsApi(http.Request)
            // Bearer tokens are issued only after the second step (the API login refuses the unenrolled).
            && !http.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
            && !Open.Any(p => http.Request.Path.StartsWithSegments(p.TrimEnd('/'), StringComparison.OrdinalIgnoreCase))
            && http.RequestServices.GetRequiredService<IOptions<TwoFactorOptions>>().Value is { Enforce: true } options
            && options.RequiredRoles.Any(user.IsInRole))
        {
            http.Response.Redirect("/account/two-factor");
            return;
        }
        await next();
    });
}
