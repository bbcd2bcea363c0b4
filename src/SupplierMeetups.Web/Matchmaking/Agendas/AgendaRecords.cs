using SupplierMeetups.Web.Platform.Documents;

namespace SupplierMeetups.Web.Matchmaking.Agendas;

/// <summary>One meeting as a participant reads it.</summary>
/// <param name="MeetingId">Stays the same when the meeting is moved, so calendars update it instead of adding another.</param>
/// <param name="Start">In the event's local offset; printed as is, written to calendars in UTC.</param>
/// <param name="CounterpartName">On a firm's agenda the other firm; on a table sheet the firms meeting at the table.</param>
internal sealed record AgendaMeeting(
    Guid MeetingId,
    DateTimeOffset Start,
    DateTimeOffset End,
    string Table,
    string CounterpartName,
    string? CounterpartBooth);

internal sealed record AgendaDay(DateOnly Date, IReadOnlyList<AgendaMeeting> Meetings);

/// <summary>A firm's meetings over the event, to print or import into a calendar.</summary>
internal sealed record FirmAgenda(string EventName, DocumentLanguage Language, string FirmName, IReadOnlyList<AgendaDay> Days);

/// <summary>The meetings at one table, to lay on the table itself.</summary>
internal sealed record TableSheet(string EventName, DocumentLanguage Language, string TableName, IReadOnlyList<AgendaDay> Days);
