using System.Security.Cryptography;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Net.Http.Headers;
using Scalar.AspNetCore;
using SupplierMeetups.Web.Platform.Security;

namespace SupplierMeetups.Web.Platform.OpenApi;

/// <summary>
/// The API reference for people (Scalar) at <c>/api/reference/</c>, for signed-in organizers only (anonymous visitors
/// are sent to sign in, other roles get 403). Scalar's script ships inside its package and is served from here; its
/// one inline script runs under a nonce of this answer's own policy, and it loads no fonts or telemetry from elsewhere.
/// </summary>
internal static class ApiReference
{
    public const string Path = "/api/reference";

    public static void MapApiReference(this WebApplication app)
    {
        app.MapScalarApiReference(Path, (options, http) =>
        {
            var nonce = Convert.ToBase64String(RandomNumberGenerator.GetBytes(16));
            options.WithTitle("SupplierMeetups API")
                .WithOpenApiRoutePattern("/openapi/{documentName}.json")
                .WithNonce(nonce)
                .DisableDefaultFonts()
                .DisableTelemetry();
            // Scalar styles its components inline; scripts stay files or this nonce.
            http.Response.Headers[HeaderNames.ContentSecurityPolicy] = SecurityHeaders.Policy
                .Replace("script-src 'self'", $"script-src 'self' 'nonce-{nonce}'", StringComparison.Ordinal)
                .Replace("style-src 'self'", "style-src 'self' 'unsafe-inline'", StringComparison.Ordinal);
            http.Response.Headers.XFrameOptions = "DENY";
        }).RequireAuthorization(new AuthorizeAttribute { Roles = Roles.Organizer });
    }
}
