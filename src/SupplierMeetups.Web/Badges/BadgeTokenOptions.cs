namespace SupplierMeetups.Web.Badges;

/// <summary>The secret that signs check-in tokens, bound from the <c>Badges</c> section.</summary>
public sealed class BadgeTokenOptions
{
    public const string SectionName = "Badges";
    public const int MinimumKeyBytes = 32;

    /// <summary>Base64, at least 32 random bytes. Changing it invalidates every badge already printed.</summary>
    public string TokenKey { get; set; } = string.Empty;

    /// <summary>The decoded key, or null when <see cref="TokenKey"/> is not valid base64 of at least 32 bytes.</summary>
    public byte[]? TryDecodeKey()
    {
        var buffer = new byte[TokenKey.Length];
        return Convert.TryFromBase64String(TokenKey, buffer, out var written) && written >= MinimumKeyBytes
            ? buffer[..written]
            : null;
    }
}
