using System.Text;

namespace SupplierMeetups.Web.Registration.FirmLogo;

public enum ImageFormat
{
    Unknown,
    Png,
    Jpeg,
    /// <summary>Markup that draws a picture; it can also carry scripts, so it is named to be refused clearly.</summary>
    Svg,
}

/// <summary>Tells an image's format from its first bytes; the file name and the declared content type are the sender's word only.</summary>
public static class ImageSignature
{
    /// <summary>How many leading bytes <see cref="Detect"/> looks at.</summary>
    public const int HeadLength = 512;

    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    private static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF];

    public static ImageFormat Detect(ReadOnlySpan<byte> head)
    {
        if (head.StartsWith(Png))
        {
            return ImageFormat.Png;
        }
        if (head.StartsWith(Jpeg))
        {
            return ImageFormat.Jpeg;
        }
        var text = Encoding.UTF8.GetString(head[..Math.Min(head.Length, HeadLength)]);
        return text.Contains("<svg", StringComparison.OrdinalIgnoreCase) ? ImageFormat.Svg : ImageFormat.Unknown;
    }

    public static string Extension(ImageFormat format) => format == ImageFormat.Png ? ".png" : ".jpg";
}
