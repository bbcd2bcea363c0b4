using System.Globalization;
using System.Text;

namespace SupplierMeetups.Web.Matchmaking.Agendas;

/// <summary>
/// Writes an RFC 5545 calendar by hand (no iCalendar library is available here): CRLF line ends, lines folded
/// at 75 octets without splitting a UTF-8 character, TEXT values escaped, times in UTC, one stable UID per meeting.
/// </summary>
public static class IcsCalendar
{
    public sealed record Entry(string Uid, DateTimeOffset Start, DateTimeOffset End, string Summary, string Location, string Description);

    public static string Write(string calendarName, DateTimeOffset stamp, IEnumerable<Entry> entries)
    {
        var lines = new List<string>
        {
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            "PRODID:-//SupplierMeetups//Agenda//TR",
            "CALSCALE:GREGORIAN",
            "METHOD:PUBLISH",
            "X-WR-CALNAME:" + Escape(calendarName),
        };
        foreach (var entry in entries)
        {
            lines.Add("BEGIN:VEVENT");
            lines.Add("UID:" + entry.Uid);
            lines.Add("DTSTAMP:" + Utc(stamp));
            lines.Add("DTSTART:" + Utc(entry.Start));
            lines.Add("DTEND:" + Utc(entry.End));
            lines.Add("SUMMARY:" + Escape(entry.Summary));
            lines.Add("LOCATION:" + Escape(entry.Location));
            lines.Add("DESCRIPTION:" + Escape(entry.Description));
            lines.Add("END:VEVENT");
        }
        lines.Add("END:VCALENDAR");
        var text = new StringBuilder();
        foreach (var line in lines)
        {
            Fold(line, text);
        }
        return text.ToString();
    }

    /// <summary>Wall-clock time at the venue to an instant.</summary>
    public static DateTimeOffset AtVenue(DateOnly date, TimeOnly time, string timeZoneId)
    {
        var zone = TimeZoneInfo.TryFindSystemTimeZoneById(timeZoneId, out var found) ? found : TimeZoneInfo.Utc;
        var local = date.ToDateTime(time, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, zone.GetUtcOffset(local));
    }

    public static string Escape(string value) => value
        .Replace("\\", "\\\\", StringComparison.Ordinal)
        .Replace(";", "\\;", StringComparison.Ordinal)
        .Replace(",", "\\,", StringComparison.Ordinal)
        .Replace("\r\n", "\\n", StringComparison.Ordinal)
        .Replace("\n", "\\n", StringComparison.Ordinal)
        .Replace("\r", "", StringComparison.Ordinal);

    private static string Utc(DateTimeOffset value) => value.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);

    /// <summary>Lines longer than 75 octets continue on the next line after CRLF and one space (RFC 5545 3.1).</summary>
    private static void Fold(string line, StringBuilder output)
    {
        var octets = 0;
        var limit = 75;
        var elements = StringInfo.GetTextElementEnumerator(line);
        while (elements.MoveNext())
        {
            var element = elements.GetTextElement();
            var size = Encoding.UTF8.GetByteCount(element);
            if (octets + size > limit)
            {
                output.Append("\r\n ");
                octets = 0;
                limit = 74; // the leading space counts
            }
            output.Append(element);
            octets += size;
        }
        output.Append("\r\n");
    }
}
