using System.Globalization;

namespace SupplierMeetups.Web.Platform.Localization;

/// <summary>
/// The one way dates and times are written on every page, in every e-mail and PDF, per culture:
/// Turkish "5 Kasım 2025 Çarşamba 10:20", English "Wednesday, 5 November 2025 10:20"; times are 24-hour "10:20";
/// a span of days is "5–7 Kasım 2025". Without a culture the current one is used (pages); e-mails and PDFs pass
/// the recipient's. Machine formats (CSV cells, ISO dates in form fields, file names) do not come here.
/// </summary>
public static class DateText
{
    /// <summary>"5 Kasım 2025 Çarşamba" / "Wednesday, 5 November 2025".</summary>
    public static string Day(DateOnly day, CultureInfo? culture = null)
    {
        var c = culture ?? CultureInfo.CurrentCulture;
        return day.ToString(IsTurkish(c) ? "d MMMM yyyy dddd" : "dddd, d MMMM yyyy", c);
    }

    /// <summary>"5 Kasım 2025" / "5 November 2025": a date that is not a day to plan (a certificate's validity, a sign-up).</summary>
    public static string Date(DateOnly day, CultureInfo? culture = null)
    {
        var c = culture ?? CultureInfo.CurrentCulture;
        return day.ToString("d MMMM yyyy", c);
    }

    /// <summary>"10:20".</summary>
    public static string Time(TimeOnly time) => time.ToString("HH:mm", CultureInfo.InvariantCulture);

    /// <summary>"10:20–10:40".</summary>
    public static string Times(TimeOnly start, TimeOnly end) => $"{Time(start)}–{Time(end)}";

    /// <summary>"5 Kasım 2025 Çarşamba 10:20" / "Wednesday, 5 November 2025 10:20".</summary>
    public static string Moment(DateOnly day, TimeOnly time, CultureInfo? culture = null) => $"{Day(day, culture)} {Time(time)}";

    /// <summary>An instant as the clock shows it in <paramref name="zone"/> (the event's; Istanbul when none is known).</summary>
    public static string Moment(DateTimeOffset at, TimeZoneInfo? zone = null, CultureInfo? culture = null)
    {
        var local = TimeZoneInfo.ConvertTime(at, zone ?? Istanbul);
        return Moment(DateOnly.FromDateTime(local.DateTime), TimeOnly.FromDateTime(local.DateTime), culture);
    }

    /// <summary>"5–7 Kasım 2025", "30 Ekim – 2 Kasım 2025", "30 Aralık 2025 – 2 Ocak 2026"; one day is <see cref="Day"/>.</summary>
    public static string Range(DateOnly start, DateOnly end, CultureInfo? culture = null)
    {
        var c = culture ?? CultureInfo.CurrentCulture;
        if (start == end)
        {
            return Day(start, c);
        }
        if (start.Year != end.Year)
        {
            return $"{Date(start, c)} – {Date(end, c)}";
        }
        return start.Month == end.Month
            ? $"{start.Day.ToString(CultureInfo.InvariantCulture)}–{Date(end, c)}"
            : $"{start.ToString("d MMMM", c)} – {Date(end, c)}";
    }

    /// <summary>The venue's zone of the Konya fairs, for instants shown where no event is at hand.</summary>
    public static TimeZoneInfo Istanbul { get; } = TimeZoneInfo.FindSystemTimeZoneById("Europe/Istanbul");

    private static bool IsTurkish(CultureInfo culture) => culture.TwoLetterISOLanguageName == "tr";
}
