using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;

namespace SupplierMeetups.Web.Matchmaking.Agendas;

/// <summary>
/// An RFC 5545 calendar written by Ical.Net (escaping, folding at 75 octets without splitting a UTF-8 character).
/// Times are in UTC, which every client reads the same way; one stable UID per meeting, so that importing an
/// updated agenda moves the meeting instead of adding a second one.
/// </summary>
public static class IcsCalendar
{
    public sealed record Entry(string Uid, DateTimeOffset Start, DateTimeOffset End, string Summary, string Location, string Description);

    public static string Write(string calendarName, DateTimeOffset stamp, IEnumerable<Entry> entries)
    {
        var calendar = new Calendar
        {
            ProductId = "-//SupplierMeetups//Agenda//TR",
            Scale = "GREGORIAN",
            Method = "PUBLISH",
        };
        calendar.AddProperty("X-WR-CALNAME", calendarName);
        foreach (var entry in entries)
        {
            calendar.Events.Add(new CalendarEvent
            {
                Uid = entry.Uid,
                DtStamp = Utc(stamp),
                DtStart = Utc(entry.Start),
                DtEnd = Utc(entry.End),
                Summary = entry.Summary,
                Location = entry.Location,
                Description = entry.Description,
            });
        }
        return new CalendarSerializer().SerializeToString(calendar)!;
    }

    private static CalDateTime Utc(DateTimeOffset value) => new(DateTime.SpecifyKind(value.UtcDateTime, DateTimeKind.Utc), hasTime: true);
}
