using System.Security.Cryptography;
using QRCoder;
using SupplierMeetups.Web.Platform.Email;

namespace SupplierMeetups.Web.Registration.RegisterVisitor;

/// <summary>
/// The code of a visitor's confirmation e-mail that prints their badge at a kiosk: eight characters of an alphabet
/// without look-alikes (no 0/O, 1/I/L), shown as "ABCD-EFGH", typed with the e-mail address or scanned as the
/// e-mail's QR code ("SMK:ABCDEFGH"). 40 random bits: guessing one with a known address is hopeless.
/// </summary>
public static class KioskCodes
{
    public const string QrPrefix = "SMK:";
    private const string Alphabet = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

    public static string New() => RandomNumberGenerator.GetString(Alphabet, 8);

    public static string Display(string code) => code.Length == 8 ? $"{code[..4]}-{code[4..]}" : code;

    public static string Qr(string code) => QrPrefix + code;

    /// <summary>The code as stored, from what was typed or scanned ("abcd-efgh", "SMK:ABCDEFGH"); null when it cannot be one.</summary>
    public static string? Normalize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        var trimmed = text.Trim();
        if (trimmed.StartsWith(QrPrefix, StringComparison.OrdinalIgnoreCase))
        {
            trimmed = trimmed[QrPrefix.Length..];
        }
        var code = new string(trimmed.Where(c => c is not ('-' or ' ')).Select(char.ToUpperInvariant).ToArray());
        return code.Length == 8 && code.All(c => Alphabet.Contains(c, StringComparison.Ordinal)) ? code : null;
    }
}

/// <summary>The confirmation e-mail's QR code as a PNG attachment, rendered when the e-mail is sent.</summary>
internal sealed class KioskCodeAttachment(Platform.Persistence.AppDbContext db) : IEmailAttachmentSource
{
    public const string AttachmentKind = "visitor-kiosk-code";

    public string Kind => AttachmentKind;

    public async Task<EmailAttachmentContent?> LoadAsync(Guid referenceId, string language, CancellationToken cancellationToken)
    {
        var visitor = await db.Set<Visitor>().FindAsync([referenceId], cancellationToken);
        if (visitor?.KioskCode is not { } code || visitor.IsErased)
        {
            return null;
        }
        using var data = QRCodeGenerator.GenerateQrCode(KioskCodes.Qr(code), QRCodeGenerator.ECCLevel.M);
        return new EmailAttachmentContent(new PngByteQRCode(data).GetGraphic(8), "image/png");
    }
}
