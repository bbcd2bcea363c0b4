using Microsoft.Extensions.Localization;
using SupplierMeetups.Web.Platform.Localization;

namespace SupplierMeetups.Web.Matchmaking.Agendas.ShowAgenda;

/// <summary>A firm's agenda as an .ics file, in the caller's language.</summary>
public sealed class AgendaCalendar(IStringLocalizer<SharedResource> l)
{
    public string Write(Agenda agenda, DateTimeOffset stamp)
    {
        var language = LanguageOf.Current;
        var venue = agenda.Event.Venue;
        var entries = agenda.Items.Select(i => new IcsCalendar.Entry(
            $"{i.RequestId:N}-{agenda.Firm.ParticipationId:N}@suppliermeetups",
            agenda.Event.AtVenue(i.Date, i.Start),
            agenda.Event.AtVenue(i.Date, i.End),
            l["Meeting with {0}", i.Counterpart],
            l["Table {0}, {1}", i.Table, venue],
            $"{agenda.Event.Name(language)} · {l[Priorities.Name(i.Priority)]}"));
        return IcsCalendar.Write(agenda.Event.Name(language), stamp, entries);
    }
}
