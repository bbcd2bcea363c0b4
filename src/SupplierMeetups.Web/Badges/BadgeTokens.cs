using System.Buffers.Text;
using System.Security.Cryptography;
using Microsoft.Extensions.Options;

namespace SupplierMeetups.Web.Badges;

/// <summary>
/// Check-in tokens: the badge id and an HMAC-SHA256 over it, truncated to 128 bits, as 43 characters of
/// base64url (32 bytes), which fits a QR code of version 4 at error correction M. The door scanner can
/// verify a token offline with the key; nobody without the key can make one up or alter one.
/// </summary>
public sealed class BadgeTokens
{
    private const int IdBytes = 16;
    private const int MacBytes = 16;
    private const int TokenBytes = IdBytes + MacBytes;
    private const int TokenChars = 43;

    // Binds the MAC to this use, so a MAC computed with the same key for another purpose is never a valid token.
    private static readonly byte[] Purpose = "SupplierMeetups.Badge.v1:"u8.ToArray();

    private readonly byte[] key;

    public BadgeTokens(IOptions<BadgeTokenOptions> options)
    {
        key = options.Value.TryDecodeKey()
            ?? throw new OptionsValidationException(BadgeTokenOptions.SectionName, typeof(BadgeTokenOptions),
                [$"{BadgeTokenOptions.SectionName}:{nameof(BadgeTokenOptions.TokenKey)} must be base64 of at least {BadgeTokenOptions.MinimumKeyBytes} bytes."]);
    }

    public string Issue(Guid badgeId)
    {
        Span<byte> token = stackalloc byte[TokenBytes];
        badgeId.TryWriteBytes(token[..IdBytes]);
        ComputeMac(token[..IdBytes], token[IdBytes..]);
        return Base64Url.EncodeToString(token);
    }

    public bool TryVerify(string? token, out Guid badgeId)
    {
        badgeId = Guid.Empty;
        if (token is null || token.Length != TokenChars) return false;

        Span<byte> bytes = stackalloc byte[TokenBytes];
        if (Base64Url.DecodeFromChars(token, bytes, out var consumed, out var written) != System.Buffers.OperationStatus.Done
            || consumed != TokenChars || written != TokenBytes)
            return false;
        // The last character carries two unused bits; a token is only accepted in its one canonical spelling.
        Span<char> canonical = stackalloc char[TokenChars];
        if (!Base64Url.TryEncodeToChars(bytes, canonical, out _) || !canonical.SequenceEqual(token)) return false;

        Span<byte> expected = stackalloc byte[MacBytes];
        ComputeMac(bytes[..IdBytes], expected);
        if (!CryptographicOperations.FixedTimeEquals(expected, bytes[IdBytes..])) return false;

        badgeId = new Guid(bytes[..IdBytes]);
        return true;
    }

    private void ComputeMac(ReadOnlySpan<byte> id, Span<byte> mac)
    {
        Span<byte> message = stackalloc byte[Purpose.Length + IdBytes];
        Purpose.CopyTo(message);
        id.CopyTo(message[Purpose.Length..]);
        Span<byte> full = stackalloc byte[HMACSHA256.HashSizeInBytes];
        HMACSHA256.HashData(key, message, full);
        full[..MacBytes].CopyTo(mac);
    }
}
