using System.Globalization;
using System.Text;
using QRCoder;
using SupplierMeetups.Web.Platform.Documents;

namespace SupplierMeetups.Web.Identity.TwoFactor;

/// <summary>A QR code as an inline SVG: one path of rectangles, no bitmap, no script.</summary>
internal static class QrSvg
{
    public static string Draw(string text, string label)
    {
        using var data = QRCodeGenerator.GenerateQrCode(text, QRCodeGenerator.ECCLevel.M);
        var size = data.ModuleMatrix.Count;
        var path = new StringBuilder();
        foreach (var (column, row, width, height) in QrCodeDrawing.Cover(data.ModuleMatrix))
        {
            path.Append(CultureInfo.InvariantCulture, $"M{column} {row}h{width}v{height}h-{width}z");
        }
        var title = System.Net.WebUtility.HtmlEncode(label);
        return $"""<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {size} {size}" width="220" height="220" role="img" aria-label="{title}" shape-rendering="crispEdges"><rect width="{size}" height="{size}" fill="#fff"/><path d="{path}" fill="#000"/></svg>""";
    }
}
