using PdfSharp.Drawing;

namespace SupplierMeetups.Web.Platform.Documents;

/// <summary>Text broken into lines and sized so that every line fits a width; nothing is ever cut off.</summary>
internal sealed record FittedText(IReadOnlyList<string> Lines, XFont Font)
{
    public double LineHeight => Font.Size * 1.2;

    public double Height => Lines.Count * LineHeight;

    /// <summary>Draws the lines centred horizontally in <paramref name="box"/>, the block centred vertically.</summary>
    public void DrawCentered(XGraphics gfx, XBrush brush, XRect box)
    {
        var top = box.Top + (box.Height - Height) / 2;
        foreach (var line in Lines)
        {
            gfx.DrawString(line, Font, brush, new XRect(box.Left, top, box.Width, LineHeight), XStringFormats.Center);
            top += LineHeight;
        }
    }

    /// <summary>Draws the lines left-aligned from the top-left corner of <paramref name="box"/>.</summary>
    public void DrawLeft(XGraphics gfx, XBrush brush, XRect box)
    {
        var top = box.Top;
        foreach (var line in Lines)
        {
            gfx.DrawString(line, Font, brush, new XRect(box.Left, top, box.Width, LineHeight), XStringFormats.CenterLeft);
            top += LineHeight;
        }
    }
}
