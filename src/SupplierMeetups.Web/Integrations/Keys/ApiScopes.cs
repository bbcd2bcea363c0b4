using Microsoft.AspNetCore.Routing;

namespace SupplierMeetups.Web.Integrations.Keys;

/// <summary>
/// What a key may do, as named scopes, each a list of existing API endpoints (method and route template). A key's
/// principal reaches only the endpoints of its scopes, and only for its own event: everything else is 403, so a
/// new endpoint is closed to keys until a scope names it.
/// </summary>
public static class ApiScopes
{
    public const string FirmsRead = "firms:read";
    public const string FirmsReview = "firms:review";
    public const string MeetingsRead = "meetings:read";
    public const string MeetingsCancel = "meetings:cancel";
    public const string BadgesRead = "badges:read";
    public const string CheckInsRead = "checkins:read";

    /// <summary>Every scope with the endpoints it opens; ":read" scopes only read.</summary>
    public static readonly IReadOnlyDictionary<string, (string Method, string Template)[]> Endpoints = new Dictionary<string, (string, string)[]>
    {
        [FirmsRead] = [("GET", "api/v1/events/{eventId:guid}/firms"), ("GET", "api/v1/events/{eventId:guid}/figures")],
        [FirmsReview] = [("POST", "api/v1/events/{eventId:guid}/firms/{firmId:guid}/approve"), ("POST", "api/v1/events/{eventId:guid}/firms/{firmId:guid}/reject")],
        [MeetingsRead] = [("GET", "api/v1/events/{eventId:guid}/schedule")],
        [MeetingsCancel] = [("POST", "api/v1/events/{eventId:guid}/meeting-requests/{id:guid}/cancel")],
        [BadgesRead] = [("GET", "api/v1/events/{eventId:guid}/badges")],
        [CheckInsRead] = [("GET", "api/v1/events/{eventId:guid}/checkins/counts")],
    };

    public static IReadOnlyList<string> All { get; } = Endpoints.Keys.ToList();

    /// <summary>What "read-only" grants.</summary>
    public static IReadOnlyList<string> ReadOnly { get; } = All.Where(s => s.EndsWith(":read", StringComparison.Ordinal)).ToList();

    public static bool IsKnown(string scope) => Endpoints.ContainsKey(scope);

    /// <summary>The scope that opens this endpoint to keys, or null when none does.</summary>
    public static string? ScopeOf(string method, RouteEndpoint endpoint)
    {
        var template = endpoint.RoutePattern.RawText?.TrimStart('/') ?? "";
        foreach (var (scope, endpoints) in Endpoints)
        {
            if (endpoints.Any(e => string.Equals(e.Method, method, StringComparison.OrdinalIgnoreCase) && string.Equals(e.Template, template, StringComparison.OrdinalIgnoreCase)))
            {
                return scope;
            }
        }
        return null;
    }
}
