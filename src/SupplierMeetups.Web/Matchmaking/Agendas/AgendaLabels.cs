using System.Globalization;
using SupplierMeetups.Web.Platform.Documents;
using SupplierMeetups.Web.Platform.Localization;

namespace SupplierMeetups.Web.Matchmaking.Agendas;

/// <summary>The fixed words of an agenda in one language.</summary>
internal sealed record AgendaLabels(
    CultureInfo Culture,
    string AgendaTitle,
    string TableSheetTitle,
    string Time,
    string Table,
    string Counterpart,
    string Booth,
    string Continued,
    string NoMeetings,
    string PageOf,
    string DayFormat,
    string MeetingSummary)
{
    public static readonly AgendaLabels Turkish = new(
        CultureInfo.GetCultureInfo("tr-TR"),
        AgendaTitle: "Görüşme Ajandası",
        TableSheetTitle: "Masa Ajandası",
        Time: "Saat",
        Table: "Masa",
        Counterpart: "Görüşülecek Firma",
        Booth: "Stant",
        Continued: "(devam)",
        NoMeetings: "Planlanmış görüşme yok.",
        PageOf: "Sayfa {0} / {1}",
        DayFormat: "d MMMM yyyy dddd",
        MeetingSummary: "Görüşme: {0}");

    public static readonly AgendaLabels English = new(
        CultureInfo.GetCultureInfo("en-GB"),
        AgendaTitle: "Meeting Schedule",
        TableSheetTitle: "Table Schedule",
        Time: "Time",
        Table: "Table",
        Counterpart: "Meeting With",
        Booth: "Booth",
        Continued: "(continued)",
        NoMeetings: "No meetings scheduled.",
        PageOf: "Page {0} of {1}",
        DayFormat: "dddd, d MMMM yyyy",
        MeetingSummary: "Meeting: {0}");

    public static AgendaLabels For(DocumentLanguage language) => language switch
    {
        DocumentLanguage.Turkish => Turkish,
        DocumentLanguage.English => English,
        _ => throw new ArgumentOutOfRangeException(nameof(language), language, "Unknown language."),
    };

    public string FormatDay(DateOnly date) => DateText.Day(date, Culture);

    public string FormatPage(int page, int pages) => string.Format(Culture, PageOf, page, pages);
}
