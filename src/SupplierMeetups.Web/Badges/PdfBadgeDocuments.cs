using Microsoft.Extensions.Options;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using SupplierMeetups.Web.Platform.Documents;

namespace SupplierMeetups.Web.Badges;

/// <summary>Badges as PDF through PDFsharp; fonts embedded as subsets, QR codes as vectors.</summary>
internal sealed class PdfBadgeDocuments : IBadgeDocuments
{
    private static readonly double SheetWidth = XUnit.FromMillimeter(210).Point;
    private static readonly double SheetHeight = XUnit.FromMillimeter(297).Point;
    private static readonly XPen CutMarkPen = new(XColor.FromArgb(0xB0, 0xB0, 0xB0), 0.5);
    private const double CutMarkLength = 10;

    public PdfBadgeDocuments(IOptions<DocumentsOptions> options) => PdfEngine.EnsureInitialized(options.Value);

    public byte[] RenderSingle(BadgeContent badge)
    {
        ArgumentNullException.ThrowIfNull(badge);
        using var document = PdfFiles.Create($"{badge.EventName} – {badge.PersonName}");
        AddA6Page(document, badge);
        return PdfFiles.ToBytes(document);
    }

    public byte[] RenderOnPaper(BadgeContent badge, Contracts.BadgePaper paper)
    {
        ArgumentNullException.ThrowIfNull(badge);
        var (width, height) = paper switch
        {
            Contracts.BadgePaper.Label100x150 => (100.0, 150.0),
            Contracts.BadgePaper.Label62x100 => (62.0, 100.0),
            _ => (105.0, 148.0),
        };
        using var document = PdfFiles.Create($"{badge.EventName} – {badge.PersonName}");
        var page = document.AddPage();
        page.Width = XUnit.FromMillimeter(width);
        page.Height = XUnit.FromMillimeter(height);
        using var gfx = XGraphics.FromPdfPage(page);
        var scale = Math.Min(page.Width.Point / BadgeDrawing.Width, page.Height.Point / BadgeDrawing.Height);
        gfx.TranslateTransform((page.Width.Point - BadgeDrawing.Width * scale) / 2, (page.Height.Point - BadgeDrawing.Height * scale) / 2);
        gfx.ScaleTransform(scale);
        BadgeDrawing.Draw(gfx, badge);
        return PdfFiles.ToBytes(document);
    }

    public byte[] RenderBatch(IReadOnlyList<BadgeContent> badges, BadgeSheetLayout layout)
    {
        ArgumentNullException.ThrowIfNull(badges);
        if (badges.Count == 0) throw new ArgumentException("A batch needs at least one badge.", nameof(badges));
        using var document = PdfFiles.Create(badges[0].EventName);
        switch (layout)
        {
            case BadgeSheetLayout.A6PerPage:
                foreach (var badge in badges) AddA6Page(document, badge);
                break;
            case BadgeSheetLayout.A4FourUp:
                for (var first = 0; first < badges.Count; first += 4) AddA4Sheet(document, badges, first);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(layout), layout, "Unknown sheet layout.");
        }
        return PdfFiles.ToBytes(document);
    }

    private static void AddA6Page(PdfDocument document, BadgeContent badge)
    {
        var page = document.AddPage();
        page.Width = XUnit.FromPoint(BadgeDrawing.Width);
        page.Height = XUnit.FromPoint(BadgeDrawing.Height);
        using var gfx = XGraphics.FromPdfPage(page);
        BadgeDrawing.Draw(gfx, badge);
    }

    private static void AddA4Sheet(PdfDocument document, IReadOnlyList<BadgeContent> badges, int first)
    {
        var page = document.AddPage();
        page.Width = XUnit.FromPoint(SheetWidth);
        page.Height = XUnit.FromPoint(SheetHeight);
        using var gfx = XGraphics.FromPdfPage(page);
        DrawCutMarks(gfx);
        for (var slot = 0; slot < 4 && first + slot < badges.Count; slot++)
        {
            var state = gfx.Save();
            gfx.TranslateTransform(slot % 2 * BadgeDrawing.Width, slot / 2 * BadgeDrawing.Height);
            BadgeDrawing.Draw(gfx, badges[first + slot]);
            gfx.Restore(state);
        }
    }

    /// <summary>Short marks where the guillotine cuts: on the sheet edges and a cross in the middle.</summary>
    private static void DrawCutMarks(XGraphics gfx)
    {
        var x = BadgeDrawing.Width;
        var y = BadgeDrawing.Height;
        gfx.DrawLine(CutMarkPen, x, 0, x, CutMarkLength);
        gfx.DrawLine(CutMarkPen, x, SheetHeight - CutMarkLength, x, SheetHeight);
        gfx.DrawLine(CutMarkPen, 0, y, CutMarkLength, y);
        gfx.DrawLine(CutMarkPen, SheetWidth - CutMarkLength, y, SheetWidth, y);
        gfx.DrawLine(CutMarkPen, x - CutMarkLength, y, x + CutMarkLength, y);
        gfx.DrawLine(CutMarkPen, x, y - CutMarkLength, x, y + CutMarkLength);
    }
}
