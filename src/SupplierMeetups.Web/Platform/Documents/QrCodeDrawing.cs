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
        var module = size / data.ModuleMatrix.Count;
        var rectangles = Cover(data.ModuleMatrix);
        var shapes = new XRect[rectangles.Count];
        for (var i = 0; i < shapes.Length; i++)
        {
            var (column, row, width, height) = rectangles[i];
            shapes[i] = new XRect(topLeft.X + column * module, topLeft.Y + row * module, width * module, height * module);
        }
        gfx.DrawRectangles(XBrushes.Black, shapes);
    }

    /// <summary>
    /// Covers the dark modules with few rectangles, in module units: each horizontal run of dark modules
    /// is one rectangle, grown downwards while the rows below repeat the same run. Writing each rectangle
    /// costs more than computing it, and fewer of them make the page smaller too.
    /// </summary>
    internal static List<(int Column, int Row, int Width, int Height)> Cover(IReadOnlyList<System.Collections.BitArray> matrix)
    {
        var count = matrix.Count;
        var rectangles = new List<(int Column, int Row, int Width, int Height)>(count * 3);
        var open = new Dictionary<(int Start, int End), int>();
        var stillOpen = new Dictionary<(int Start, int End), int>();
        for (var row = 0; row < count; row++)
        {
            var bits = matrix[row];
            stillOpen.Clear();
            var column = 0;
            while (column < count)
            {
                if (!bits[column]) { column++; continue; }
                var start = column;
                while (column < count && bits[column]) column++;
                var run = (start, column);
                if (open.TryGetValue(run, out var index))
                {
                    var (c, r, w, h) = rectangles[index];
                    rectangles[index] = (c, r, w, h + 1);
                }
                else
                {
                    index = rectangles.Count;
                    rectangles.Add((start, row, column - start, 1));
                }
                stillOpen[run] = index;
            }
            (open, stillOpen) = (stillOpen, open);
        }
        return rectangles;
    }
}
