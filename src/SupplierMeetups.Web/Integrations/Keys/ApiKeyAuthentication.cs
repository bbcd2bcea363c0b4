using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using SupplierMeetups.Web.Platform.Localization;
using SupplierMeetups.Web.Platform.Persistence;
using SupplierMeetups.Web.Platform.Security;

namespace SupplierMeetups.Web.Integrations.Keys;

/// <summary>
/// Accepts <c>Authorization: Bearer smk_…</c> or <c>X-Api-Key: smk_…</c>. A known, unrevoked key yields a principal
/// acting as an organizer on behalf of the one who issued it (so audit entries name that person), limited by
/// <see cref="ApiKeyGate"/> to the key's event and scopes. The key is checked against the database on every request,
/// so a revocation holds at once; the last use is written at most once a minute per key.
/// </summary>
internal sealed class ApiKeyAuthenticationHandler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, TimeProvider clock)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string EventClaim = "sm:api-key-event";
    public const string ScopeClaim = "sm:api-key-scope";
    private static readonly TimeSpan UseWriteInterval = TimeSpan.FromMinutes(1);

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var key = Presented(Request);
        if (key is null)
        {
            return AuthenticateResult.NoResult();
        }
        if (ApiKeySecrets.LookupIdOf(key) is not { } lookupId)
        {
            return AuthenticateResult.Fail("Not an API key.");
        }
        var db = Context.RequestServices.GetRequiredService<AppDbContext>();
        var row = await db.Set<ApiKey>().AsNoTracking().SingleOrDefaultAsync(k => k.LookupId == lookupId, Context.RequestAborted);
        if (row is null || !ApiKeySecrets.Matches(key, row.SecretHash))
        {
            return AuthenticateResult.Fail("Unknown API key.");
        }
        if (row.RevokedAt is not null)
        {
            return AuthenticateResult.Fail("The API key was revoked.");
        }
        var now = clock.GetUtcNow();
        if (row.LastUsedAt is null || row.LastUsedAt < now - UseWriteInterval)
        {
            var before = now - UseWriteInterval;
            await db.Set<ApiKey>().Where(k => k.Id == row.Id && (k.LastUsedAt == null || k.LastUsedAt < before))
                .ExecuteUpdateAsync(s => s.SetProperty(k => k.LastUsedAt, now), CancellationToken.None);
        }
        var claims = new List<Claim>
        {
            SignedInUser.ClaimOf(row.CreatedByUserId),
            new(ClaimTypes.Name, $"API key {row.Name}"),
            new(ClaimTypes.Role, Roles.Organizer),
            new(ApiKeyScheme.KeyIdClaim, row.Id.ToString()),
            new(EventClaim, row.EventId.ToString()),
        };
        claims.AddRange(row.ScopeList.Select(s => new Claim(ScopeClaim, s)));
        var principal = new ClaimsPrincipal(new ClaimsIdentity(claims, ApiKeyScheme.Name));
        return AuthenticateResult.Success(new AuthenticationTicket(principal, ApiKeyScheme.Name));
    }

    public static string? Presented(HttpRequest request)
    {
        if (request.Headers.TryGetValue(ApiKeyScheme.Header, out var header))
        {
            return header.ToString().Trim();
        }
        var authorization = request.Headers.Authorization.ToString();
        return authorization.StartsWith("Bearer " + ApiKeyScheme.Prefix, StringComparison.Ordinal) ? authorization["Bearer ".Length..].Trim() : null;
    }
}

/// <summary>
/// Runs after authentication: a request that presents a key which did not authenticate is 401 whatever the endpoint
/// (even an anonymous one), and a key's principal reaches only the endpoints its scopes name, of its own event (403).
/// </summary>
internal static class ApiKeyGate
{
    public static void UseApiKeyGate(this IApplicationBuilder app) => app.Use(async (http, next) =>
    {
        if (!ApiKeyScheme.IsPresentedBy(http.Request))
        {
            await next();
            return;
        }
        var user = http.User;
        var l = http.RequestServices.GetRequiredService<IStringLocalizer<SharedResource>>();
        if (user.Identity is not { IsAuthenticated: true, AuthenticationType: ApiKeyScheme.Name })
        {
            http.Response.Headers.WWWAuthenticate = "Bearer";
            await Results.Problem(statusCode: StatusCodes.Status401Unauthorized, title: l["The API key is unknown or revoked."]).ExecuteAsync(http);
            return;
        }
        var endpoint = http.GetEndpoint() as RouteEndpoint;
        var scope = endpoint is null ? null : ApiScopes.ScopeOf(http.Request.Method, endpoint);
        var inScope = scope is not null && user.HasClaim(ApiKeyAuthenticationHandler.ScopeClaim, scope);
        var eventId = http.GetRouteValue("eventId")?.ToString();
        var ownEvent = eventId is not null && user.HasClaim(c => c.Type == ApiKeyAuthenticationHandler.EventClaim && string.Equals(c.Value, eventId, StringComparison.OrdinalIgnoreCase));
        if (!inScope || !ownEvent)
        {
            await Results.Problem(statusCode: StatusCodes.Status403Forbidden,
                title: !ownEvent ? l["This API key is for another event."] : l["This API key's scopes do not include this action."]).ExecuteAsync(http);
            return;
        }
        await next();
    });
}
