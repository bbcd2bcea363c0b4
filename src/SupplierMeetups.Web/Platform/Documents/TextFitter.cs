using PdfSharp.Drawing;

namespace SupplierMeetups.Web.Platform.Documents;

/// <summary>
/// Fits text into a width: full size when it fits; otherwise shrunk on one line; when that would go below
/// <c>wrapBelow</c> points, broken at the best space onto two lines and shrunk only as far as the longer
/// line needs. Text width grows linearly with the font size, so one measurement per candidate suffices.
/// </summary>
internal static class TextFitter
{
    public static FittedText Fit(XGraphics gfx, string text, bool bold, double maxSize, double width, double wrapBelow, int maxLines = 2)
    {
        var reference = DocumentFonts.Get(bold, maxSize);
        var fullWidth = gfx.MeasureString(text, reference).Width;
        if (fullWidth <= width) return new FittedText([text], reference);

        var oneLineSize = maxSize * width / fullWidth;
        if (oneLineSize >= wrapBelow || maxLines < 2 || !TrySplit(gfx, text, reference, out var first, out var second, out var longest))
            return new FittedText([text], DocumentFonts.Get(bold, oneLineSize));

        var twoLineSize = Math.Min(maxSize, maxSize * width / longest);
        return twoLineSize > oneLineSize
            ? new FittedText([first, second], DocumentFonts.Get(bold, twoLineSize))
            : new FittedText([text], DocumentFonts.Get(bold, oneLineSize));
    }

    /// <summary>Chooses the space that makes the longer of the two lines as short as possible.</summary>
    private static bool TrySplit(XGraphics gfx, string text, XFont font, out string first, out string second, out double longest)
    {
        first = second = string.Empty;
        longest = double.MaxValue;
        for (var i = text.IndexOf(' '); i >= 0; i = text.IndexOf(' ', i + 1))
        {
            var left = text[..i].TrimEnd();
            var right = text[(i + 1)..].TrimStart();
            if (left.Length == 0 || right.Length == 0) continue;
            var widest = Math.Max(gfx.MeasureString(left, font).Width, gfx.MeasureString(right, font).Width);
            if (widest >= longest) continue;
            (first, second, longest) = (left, right, widest);
        }
        return longest < double.MaxValue;
    }
}
