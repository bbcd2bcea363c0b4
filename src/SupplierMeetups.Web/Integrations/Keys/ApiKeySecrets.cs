using System.Security.Cryptography;
using System.Text;

namespace SupplierMeetups.Web.Integrations.Keys;

/// <summary>
/// Makes and checks keys: <c>smk_</c>, a 12-character lookup id, <c>_</c>, and 32 random bytes (base64url). The
/// secret has 256 bits of entropy, so a fast SHA-256 suffices: a slow hash (PBKDF2, Argon2) protects guessable
/// passwords against offline guessing, but nobody can enumerate 2^256 secrets, and a slow hash would cost every
/// API request tens of milliseconds of CPU.
/// </summary>
internal static class ApiKeySecrets
{
    public const string KeyPrefix = Platform.Security.ApiKeyScheme.Prefix;
    private const string LookupAlphabet = "abcdefghijkmnpqrstuvwxyz23456789";

    public static (string Key, string LookupId, string Hash) New()
    {
        var lookup = RandomNumberGenerator.GetString(LookupAlphabet, 12);
        var secret = Base64UrlEncode(RandomNumberGenerator.GetBytes(32));
        var key = $"{KeyPrefix}{lookup}_{secret}";
        return (key, lookup, Hash(key));
    }

    public static string Hash(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    /// <summary>The lookup id of a well-formed key, or null.</summary>
    public static string? LookupIdOf(string key)
    {
        if (!key.StartsWith(KeyPrefix, StringComparison.Ordinal) || key.Length > 200)
        {
            return null;
        }
        var rest = key[KeyPrefix.Length..];
        var cut = rest.IndexOf('_', StringComparison.Ordinal);
        return cut == 12 && rest.Length > 13 ? rest[..12] : null;
    }

    public static bool Matches(string key, string storedHash) =>
        CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Hash(key)), Encoding.ASCII.GetBytes(storedHash));

    private static string Base64UrlEncode(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
