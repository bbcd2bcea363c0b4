using System.Collections.Concurrent;
using PdfSharp.Drawing;

namespace SupplierMeetups.Web.Platform.Documents;

/// <summary>
/// One shared <see cref="XFont"/> per face and size, so that thousands of documents do not build the same
/// font objects again. Sizes are rounded down to a quarter point: text fitted at a size still fits, and the
/// cache stays small (a few hundred entries at most).
/// </summary>
internal static class DocumentFonts
{
    private const double MinimumSize = 1;

    private static readonly ConcurrentDictionary<(bool Bold, double Size), XFont> Cache = new();

    public static XFont Regular(double size) => Get(bold: false, size);

    public static XFont Bold(double size) => Get(bold: true, size);

    public static XFont Get(bool bold, double size)
    {
        var quantized = Math.Max(MinimumSize, Math.Floor(size * 4) / 4);
        return Cache.GetOrAdd((bold, quantized), static key =>
            new XFont(PdfEngine.FontFamily, key.Size, key.Bold ? XFontStyleEx.Bold : XFontStyleEx.Regular));
    }
}
