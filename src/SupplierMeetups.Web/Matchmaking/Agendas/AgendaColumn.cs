namespace SupplierMeetups.Web.Matchmaking.Agendas;

/// <summary>A column of the agenda table: its heading, its width in points and how a meeting fills it.</summary>
internal sealed record AgendaColumn(string Heading, double Width, Func<AgendaMeeting, string> Value, bool Bold = false);
