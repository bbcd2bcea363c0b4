namespace SupplierMeetups.Web.Platform.Security;

/// <summary>
/// How a program of an organization's system presents an API key (issued by the Integrations module): as
/// <c>Authorization: Bearer smk_…</c> or in <c>X-Api-Key</c>. Declared here so that Identity's scheme selector can
/// send such requests to the Integrations module's handler without knowing that module.
/// </summary>
public static class ApiKeyScheme
{
    public const string Name = "ApiKey";
    public const string Header = "X-Api-Key";
    public const string Prefix = "smk_";

    /// <summary>The claim that marks a principal as an API key's (its value is the key's id).</summary>
    public const string KeyIdClaim = "sm:api-key";

    public static bool IsPresentedBy(HttpRequest request) =>
        request.Headers.ContainsKey(Header)
        || request.Headers.Authorization.ToString().StartsWith("Bearer " + Prefix, StringComparison.Ordinal);
}
