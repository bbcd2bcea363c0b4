using PdfSharp.Drawing;
using QRCoder;

namespace SupplierMeetups.Web.Platform.Documents;

/// <summary>Draws a QR code as vector rectangles: sharp at any print resolution, a few hundred bytes per code.</summary>
internal static class QrCodeDrawing
{
    /// <summary>
    /// Draws <paramref name="text"/> (error correction M, with the standard four-module quiet zone, which
    /// is part of QRCoder's matrix) as a square of side <paramref name="size"/> at <paramref name="topLeft"/>.
    /// </summary>
    public static void Draw(XGraphics gfx, string text, XPoint topLeft, double size)
    {
        using var data = QRCodeGenerator.GenerateQrCode(text, QRCodeGenerator.ECCLevel.M);
        var matrix = data.ModuleMatrix;
        var count = matrix.Count;
        var module = size / count;
        var rectangles = new List<XRect>(count * 4);
        for (var row = 0; row < count; row++)
        {
            var bits = matrix[row];
            var column = 0;
            while (column < count)
            {
                if (!bits[column]) { column++; continue; }
                // A run of dark modules becomes one rectangle: fewer operators in the page stream.
                var start = column;
                while (column < count && bits[column]) column++;
                rectangles.Add(new XRect(topLeft.X + start * module, topLeft.Y + row * module, (column - start) * module, module));
            }
        }
        gfx.DrawRectangles(XBrushes.Black, rectangles.ToArray());
    }
}
