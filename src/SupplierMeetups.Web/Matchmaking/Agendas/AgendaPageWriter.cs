using PdfSharp.Drawing;
using PdfSharp.Pdf;
using SupplierMeetups.Web.Platform.Documents;

namespace SupplierMeetups.Web.Matchmaking.Agendas;

/// <summary>
/// Lays out an agenda table on A4 pages: the header (event, title, firm or table, column headings) is
/// repeated on every page, a day that runs over a page break gets its heading again, marked as continued,
/// and every page is numbered "page n of m" once the number of pages is known.
/// </summary>
internal sealed class AgendaPageWriter
{
    private const double Margin = 40;
    private const double RowHeight = 22;
    private const double DayHeadingHeight = 26;
    private const double CellPadding = 6;
    private const double FooterHeight = 24;

    private static readonly double PageWidth = XUnit.FromMillimeter(210).Point;
    private static readonly double PageHeight = XUnit.FromMillimeter(297).Point;
    private static readonly double ContentWidth = PageWidth - 2 * Margin;
    private static readonly double ContentBottom = PageHeight - Margin - FooterHeight;

    private static readonly XBrush Ink = new XSolidBrush(XColor.FromArgb(0x11, 0x11, 0x11));
    private static readonly XBrush Muted = new XSolidBrush(XColor.FromArgb(0x55, 0x5B, 0x66));
    private static readonly XBrush Accent = new XSolidBrush(XColor.FromArgb(0x1B, 0x2A, 0x4A));
    private static readonly XBrush HeadingFill = new XSolidBrush(XColor.FromArgb(0x1B, 0x2A, 0x4A));
    private static readonly XBrush DayFill = new XSolidBrush(XColor.FromArgb(0xE3, 0xE8, 0xF0));
    private static readonly XBrush StripeFill = new XSolidBrush(XColor.FromArgb(0xF5, 0xF7, 0xFA));
    private static readonly XPen RulePen = new(XColor.FromArgb(0xD0, 0xD5, 0xDD), 0.5);

    private readonly PdfDocument document;
    private readonly string eventName;
    private readonly string title;
    private readonly string subject;
    private readonly AgendaLabels labels;
    private readonly IReadOnlyList<AgendaColumn> columns;
    private XGraphics? gfx;
    private double y;

    public AgendaPageWriter(PdfDocument document, string eventName, string title, string subject, AgendaLabels labels, IReadOnlyList<AgendaColumn> columns)
    {
        this.document = document;
        this.eventName = eventName;
        this.title = title;
        this.subject = subject;
        this.labels = labels;
        this.columns = columns;
    }

    public void Write(IReadOnlyList<AgendaDay> days)
    {
        StartPage();
        var meetingDays = days.Where(day => day.Meetings.Count > 0).OrderBy(day => day.Date).ToList();
        if (meetingDays.Count == 0)
        {
            Graphics.DrawString(labels.NoMeetings, DocumentFonts.Regular(11), Muted, new XRect(Margin, y + 8, ContentWidth, RowHeight), XStringFormats.CenterLeft);
        }
        foreach (var day in meetingDays)
        {
            // A day heading never stands alone at the foot of a page.
            if (y + DayHeadingHeight + RowHeight > ContentBottom) StartPage();
            DrawDayHeading(day, continued: false);
            var stripe = false;
            foreach (var meeting in day.Meetings.OrderBy(meeting => meeting.Start))
            {
                if (y + RowHeight > ContentBottom)
                {
                    StartPage();
                    DrawDayHeading(day, continued: true);
                }
                DrawRow(meeting, stripe);
                stripe = !stripe;
            }
        }
        gfx?.Dispose();
        NumberPages();
    }

    private XGraphics Graphics => gfx ?? throw new InvalidOperationException("No page has been started.");

    private void StartPage()
    {
        gfx?.Dispose();
        var page = document.AddPage();
        page.Width = XUnit.FromPoint(PageWidth);
        page.Height = XUnit.FromPoint(PageHeight);
        gfx = XGraphics.FromPdfPage(page);
        y = Margin;

        TextFitter.Fit(gfx, eventName, bold: false, maxSize: 10, width: ContentWidth, wrapBelow: 10, maxLines: 1)
            .DrawLeft(gfx, Muted, new XRect(Margin, y, ContentWidth, 14));
        y += 18;
        gfx.DrawString(title, DocumentFonts.Bold(18), Accent, new XRect(Margin, y, ContentWidth, 24), XStringFormats.CenterLeft);
        y += 26;
        TextFitter.Fit(gfx, subject, bold: true, maxSize: 14, width: ContentWidth, wrapBelow: 14, maxLines: 1)
            .DrawLeft(gfx, Ink, new XRect(Margin, y, ContentWidth, 20));
        y += 30;

        gfx.DrawRectangle(HeadingFill, Margin, y, ContentWidth, RowHeight);
        var x = Margin;
        foreach (var column in columns)
        {
            gfx.DrawString(column.Heading, DocumentFonts.Bold(9.5), XBrushes.White,
                new XRect(x + CellPadding, y, column.Width - 2 * CellPadding, RowHeight), XStringFormats.CenterLeft);
            x += column.Width;
        }
        y += RowHeight;
    }

    private void DrawDayHeading(AgendaDay day, bool continued)
    {
        var text = labels.FormatDay(day.Date);
        if (continued) text = $"{text} {labels.Continued}";
        y += 4;
        Graphics.DrawRectangle(DayFill, Margin, y, ContentWidth, DayHeadingHeight - 4);
        Graphics.DrawString(text, DocumentFonts.Bold(10.5), Accent,
            new XRect(Margin + CellPadding, y, ContentWidth - 2 * CellPadding, DayHeadingHeight - 4), XStringFormats.CenterLeft);
        y += DayHeadingHeight - 4;
    }

    private void DrawRow(AgendaMeeting meeting, bool stripe)
    {
        var g = Graphics;
        if (stripe) g.DrawRectangle(StripeFill, Margin, y, ContentWidth, RowHeight);
        var x = Margin;
        foreach (var column in columns)
        {
            var cellWidth = column.Width - 2 * CellPadding;
            // One line per row: a long firm name is shrunk to its cell, never cut.
            TextFitter.Fit(g, column.Value(meeting), column.Bold, maxSize: 10, width: cellWidth, wrapBelow: 10, maxLines: 1)
                .DrawLeft(g, Ink, new XRect(x + CellPadding, y + (RowHeight - 12) / 2, cellWidth, 12));
            x += column.Width;
        }
        y += RowHeight;
        g.DrawLine(RulePen, Margin, y, Margin + ContentWidth, y);
    }

    private void NumberPages()
    {
        var count = document.PageCount;
        for (var index = 0; index < count; index++)
        {
            using var footer = XGraphics.FromPdfPage(document.Pages[index], XGraphicsPdfPageOptions.Append);
            footer.DrawString(labels.FormatPage(index + 1, count), DocumentFonts.Regular(8.5), Muted,
                new XRect(Margin, PageHeight - Margin - 12, ContentWidth, 12), XStringFormats.CenterRight);
        }
    }
}
