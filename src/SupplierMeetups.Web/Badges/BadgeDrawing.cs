using PdfSharp.Drawing;
using SupplierMeetups.Web.Platform.Documents;

namespace SupplierMeetups.Web.Badges;

/// <summary>
/// Draws one A6 badge with its top-left corner at the graphics origin. Everything stays inside a margin,
/// so office printers that cannot print to the edge do not clip it, and a sloppy cut does not either.
/// </summary>
internal static class BadgeDrawing
{
    public static readonly double Width = XUnit.FromMillimeter(105).Point;
    public static readonly double Height = XUnit.FromMillimeter(148).Point;

    private const double Margin = 14;
    private const double Radius = 8;
    private const double QrSize = 104;

    private static readonly double InnerWidth = Width - 2 * Margin;
    private static readonly XRect HeaderBand = new(Margin, Margin, InnerWidth, 64);
    private static readonly XRect NameBox = new(Margin, 92, InnerWidth, 72);
    private static readonly XRect OrganizationBox = new(Margin, 166, InnerWidth, 40);
    private static readonly XRect BoothBox = new(Margin, 208, InnerWidth, 20);
    private static readonly XPoint QrTopLeft = new((Width - QrSize) / 2, 232);
    private static readonly XRect TypeBand = new(Margin, 346, InnerWidth, Height - 346 - Margin);
    private static readonly XSize Corner = new(Radius, Radius);

    private static readonly XBrush HeaderBrush = new XSolidBrush(XColor.FromArgb(0x1B, 0x2A, 0x4A));
    private static readonly XBrush NameBrush = new XSolidBrush(XColor.FromArgb(0x11, 0x11, 0x11));
    private static readonly XBrush OrganizationBrush = new XSolidBrush(XColor.FromArgb(0x3A, 0x3A, 0x3A));
    private static readonly XBrush White = XBrushes.White;

    private static readonly Dictionary<BadgeType, XBrush> BandBrushes = Enum.GetValues<BadgeType>()
        .ToDictionary(type => type, type => (XBrush)new XSolidBrush(XColor.FromArgb(unchecked((int)0xFF000000) | BadgeTypeLabels.For(type).BandColor)));

    // The band labels never change: fitted once, with a measuring context, for every document.
    private static readonly Lazy<Dictionary<BadgeType, (FittedText Turkish, FittedText English)>> BandLabels = new(FitBandLabels);

    public static void Draw(XGraphics gfx, BadgeContent badge)
    {
        // A badge without its token would be printed, handed out, and then refused at the door.
        ArgumentException.ThrowIfNullOrWhiteSpace(badge.QrToken, nameof(badge));
        var band = BandBrushes[badge.BadgeType];

        gfx.DrawRoundedRectangle(HeaderBrush, HeaderBand, Corner);
        TextFitter.Fit(gfx, badge.EventName, bold: true, maxSize: 13, width: InnerWidth - 20, wrapBelow: 11.5)
            .DrawCentered(gfx, White, HeaderBand);

        TextFitter.Fit(gfx, badge.PersonName, bold: true, maxSize: 26, width: InnerWidth - 8, wrapBelow: 20)
            .DrawCentered(gfx, NameBrush, NameBox);
        TextFitter.Fit(gfx, badge.Organization, bold: false, maxSize: 14, width: InnerWidth - 8, wrapBelow: 12)
            .DrawCentered(gfx, OrganizationBrush, OrganizationBox);

        if (!string.IsNullOrWhiteSpace(badge.Booth))
            TextFitter.Fit(gfx, $"Stant / Booth {badge.Booth}", bold: true, maxSize: 13, width: InnerWidth - 8, wrapBelow: 13, maxLines: 1)
                .DrawCentered(gfx, band, BoothBox);

        QrCodeDrawing.Draw(gfx, badge.QrToken, QrTopLeft, QrSize);

        gfx.DrawRoundedRectangle(band, TypeBand, Corner);
        var (turkish, english) = BandLabels.Value[badge.BadgeType];
        var top = TypeBand.Top + (TypeBand.Height - turkish.Height - english.Height) / 2;
        turkish.DrawCentered(gfx, White, new XRect(TypeBand.Left, top, TypeBand.Width, turkish.Height));
        english.DrawCentered(gfx, White, new XRect(TypeBand.Left, top + turkish.Height, TypeBand.Width, english.Height));
    }

    private static Dictionary<BadgeType, (FittedText Turkish, FittedText English)> FitBandLabels()
    {
        using var gfx = XGraphics.CreateMeasureContext(new XSize(Width, Height), XGraphicsUnit.Point, XPageDirection.Downwards);
        return Enum.GetValues<BadgeType>().ToDictionary(type => type, type =>
        {
            var label = BadgeTypeLabels.For(type);
            return (TextFitter.Fit(gfx, label.Turkish, bold: true, maxSize: 22, width: InnerWidth - 16, wrapBelow: 22, maxLines: 1),
                TextFitter.Fit(gfx, label.English, bold: false, maxSize: 11, width: InnerWidth - 16, wrapBelow: 11, maxLines: 1));
        });
    }
}
