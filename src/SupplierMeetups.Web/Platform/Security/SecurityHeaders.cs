using Microsoft.Net.Http.Headers;

namespace SupplierMeetups.Web.Platform.Security;

/// <summary>
/// Headers on every answer: a Content-Security-Policy without inline scripts or styles, nosniff, no referrer (secret tokens
/// travel in links), no framing, HSTS over HTTPS outside Development, and no caching of what a signed-in user is shown.
/// </summary>
internal static class SecurityHeaders
{
    public const string Policy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; " +
        "frame-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'none'; form-action 'self'";

    // Hangfire's dashboard (organizers only) sets a few style attributes of its own (progress bars, graphs); its scripts
    // are files, so only its styles get the inline allowance. It runs as a branch: its prefix sits in PathBase.
    public static readonly string DashboardPolicy = Policy.Replace("style-src 'self'", "style-src 'self' 'unsafe-inline'", StringComparison.Ordinal);

    public const string StrictTransportSecurity = "max-age=31536000; includeSubDomains";

    public static void UseSecurityHeaders(this WebApplication app)
    {
        var hsts = !app.Environment.IsDevelopment();
        app.Use((context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                Apply(context, hsts);
                return Task.CompletedTask;
            });
            return next(context);
        });
    }

    private static void Apply(HttpContext context, bool hsts)
    {
        var headers = context.Response.Headers;
        // An answer that sets its own policy (the e-mail preview, framed by our own page) keeps it and its framing rule.
        if (!headers.ContainsKey(HeaderNames.ContentSecurityPolicy))
        {
            headers.ContentSecurityPolicy = context.Request.PathBase.Add(context.Request.Path).StartsWithSegments("/organizer/jobs") ? DashboardPolicy : Policy;
            headers.XFrameOptions = "DENY";
        }
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "no-referrer";
        headers["Cross-Origin-Opener-Policy"] = "same-origin";
        if (hsts && context.Request.IsHttps)
        {
            headers.StrictTransportSecurity = StrictTransportSecurity;
        }
        // Personal data must not stay in a shared or browser cache once the user has signed out.
        if (context.User.Identity?.IsAuthenticated == true)
        {
            headers.CacheControl = "no-store";
            headers.Pragma = "no-cache";
        }
    }
}
