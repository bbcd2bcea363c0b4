using System.Globalization;
using System.Text;

namespace SupplierMeetups.Web.Matchmaking.Agendas;

/// <summary>
/// Writes a firm's agenda as RFC 5545 iCalendar text by hand (no iCal library is available here):
/// CRLF line ends, content lines folded at 75 octets without splitting a UTF-8 character, TEXT values
/// escaped, times in UTC so that no time-zone definition is needed.
/// </summary>
internal static class IcsCalendar
{
    private const int MaxLineOctets = 75;
    private const string UidDomain = "suppliermeetups";

    public static string Write(FirmAgenda agenda, DateTimeOffset stamp)
    {
        var labels = AgendaLabels.For(agenda.Language);
        var text = new StringBuilder();
        Line(text, "BEGIN:VCALENDAR");
        Line(text, "VERSION:2.0");
        Line(text, $"PRODID:-//SupplierMeetups//Agenda//{labels.Culture.TwoLetterISOLanguageName.ToUpperInvariant()}");
        Line(text, "CALSCALE:GREGORIAN");
        Line(text, "METHOD:PUBLISH");
        Line(text, $"X-WR-CALNAME:{Escape($"{agenda.EventName} – {agenda.FirmName}")}");
        foreach (var meeting in agenda.Days.SelectMany(day => day.Meetings).OrderBy(meeting => meeting.Start))
        {
            Line(text, "BEGIN:VEVENT");
            Line(text, $"UID:{meeting.MeetingId:D}@{UidDomain}");
            Line(text, $"DTSTAMP:{Utc(stamp)}");
            Line(text, $"DTSTART:{Utc(meeting.Start)}");
            Line(text, $"DTEND:{Utc(meeting.End)}");
            Line(text, $"SUMMARY:{Escape(string.Format(labels.Culture, labels.MeetingSummary, meeting.CounterpartName))}");
            Line(text, $"LOCATION:{Escape(meeting.Table)}");
            Line(text, $"DESCRIPTION:{Escape(Description(agenda, meeting, labels))}");
            Line(text, "END:VEVENT");
        }
        Line(text, "END:VCALENDAR");
        return text.ToString();
    }

    /// <summary>Escapes a TEXT value (RFC 5545 3.3.11): backslash, semicolon, comma and line breaks.</summary>
    public static string Escape(string value) => value
        .Replace("\\", "\\\\", StringComparison.Ordinal)
        .Replace(";", "\\;", StringComparison.Ordinal)
        .Replace(",", "\\,", StringComparison.Ordinal)
        .Replace("\r\n", "\\n", StringComparison.Ordinal)
        .Replace("\n", "\\n", StringComparison.Ordinal)
        .Replace("\r", "\\n", StringComparison.Ordinal);

    /// <summary>
    /// Appends one content line, folded (RFC 5545 3.1): no physical line longer than 75 octets; each
    /// continuation starts with a space, which counts towards its 75.
    /// </summary>
    public static void Line(StringBuilder text, string line)
    {
        var octets = 0;
        var index = 0;
        foreach (var rune in line.EnumerateRunes())
        {
            var size = rune.Utf8SequenceLength;
            if (octets + size > MaxLineOctets)
            {
                text.Append("\r\n ");
                octets = 1;
            }
            text.Append(line, index, rune.Utf16SequenceLength);
            index += rune.Utf16SequenceLength;
            octets += size;
        }
        text.Append("\r\n");
    }

    private static string Utc(DateTimeOffset time) =>
        time.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);

    private static string Description(FirmAgenda agenda, AgendaMeeting meeting, AgendaLabels labels) =>
        string.IsNullOrWhiteSpace(meeting.CounterpartBooth)
            ? $"{agenda.EventName}\n{labels.Table}: {meeting.Table}"
            : $"{agenda.EventName}\n{labels.Table}: {meeting.Table}\n{labels.Booth}: {meeting.CounterpartBooth}";
}
