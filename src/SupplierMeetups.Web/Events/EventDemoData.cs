using SupplierMeetups.Web.Events.Contracts;
using SupplierMeetups.Web.Platform.Persistence;

namespace SupplierMeetups.Web.Events;

/// <summary>The 8th Konya Defense Industry Supplier Meetings (5–7 November 2025, TÜYAP Konya).</summary>
internal sealed class EventDemoData(AppDbContext db) : IEventDemoData
{
    public EventInfo AddDemoEvent(IEnumerable<(string Code, string HallName)> extraTables)
    {
        var e = new Event
        {
            NameTr = DemoEventNames.KonyaTr,
            NameEn = DemoEventNames.KonyaEn,
            DescriptionTr = "SSB himayesinde, MSB ve İçişleri Bakanlığı desteğiyle ana sanayi kuruluşları ile yerel tedarikçileri ikili iş görüşmelerinde buluşturan fuar.",
            DescriptionEn = "Under the patronage of the Presidency of Defense Industries (SSB), supported by the Ministry of National Defense and the Ministry of Interior: prime contractors meet local suppliers in one-to-one B2B meetings.",
            Venue = "TÜYAP Konya Fuar Merkezi",
            City = "Konya",
            StartDate = new DateOnly(2025, 11, 5),
            EndDate = new DateOnly(2025, 11, 7),
        };
        e.Halls = [new Hall { EventId = e.Id, Name = "Salon 1", AreaSquareMetres = 2700 }, new Hall { EventId = e.Id, Name = "Salon 2", AreaSquareMetres = 2700 }, new Hall { EventId = e.Id, Name = "Salon 3", AreaSquareMetres = 2700 }];
        e.MeetingDays = [MeetingDayOn(e.Id, new DateOnly(2025, 11, 6)), MeetingDayOn(e.Id, new DateOnly(2025, 11, 7))];
        e.Tables = Enumerable.Range(1, 30).Select(n => new MeetingTable { EventId = e.Id, Code = $"T{n:00}", HallName = "Salon 3" }).ToList();
        e.Tables.AddRange(extraTables.Select(t => new MeetingTable { EventId = e.Id, Code = t.Code, HallName = t.HallName }));
        db.Add(e);
        return EventQueries.InfoOf(e);
    }

    public EventInfo AddUpcomingDemoEvent(DateOnly firstMeetingDay, IEnumerable<(string Code, string HallName)> extraTables)
    {
        var e = new Event
        {
            NameTr = DemoEventNames.UpcomingTr,
            NameEn = DemoEventNames.UpcomingEn,
            DescriptionTr = "Tanıtım etkinliği: tarihleri tanıtım verisinin yüklendiği güne göre belirlenir; firmalar, temsilciler, yaka kartları, görüşme talepleri ve yayımlanmış bir program hazırdır.",
            DescriptionEn = "A demonstration event: its dates follow the day the demo was loaded; firms, representatives, badges, meeting requests and a published schedule are ready.",
            Venue = "TÜYAP Konya Fuar Merkezi",
            City = "Konya",
            StartDate = firstMeetingDay.AddDays(-1),
            EndDate = firstMeetingDay.AddDays(1),
        };
        e.Halls = [new Hall { EventId = e.Id, Name = "Salon 1", AreaSquareMetres = 2700 }, new Hall { EventId = e.Id, Name = "Salon 2", AreaSquareMetres = 2700 }, new Hall { EventId = e.Id, Name = "Salon 3", AreaSquareMetres = 2700 }];
        e.MeetingDays = [MeetingDayOn(e.Id, firstMeetingDay), MeetingDayOn(e.Id, firstMeetingDay.AddDays(1))];
        e.Tables = Enumerable.Range(1, 12).Select(n => new MeetingTable { EventId = e.Id, Code = $"T{n:00}", HallName = "Salon 3" }).ToList();
        e.Tables.AddRange(extraTables.Select(t => new MeetingTable { EventId = e.Id, Code = t.Code, HallName = t.HallName }));
        db.Add(e);
        return EventQueries.InfoOf(e);
    }

    private static MeetingDay MeetingDayOn(Guid eventId, DateOnly date) => new()
    {
        EventId = eventId,
        Date = date,
        Start = new TimeOnly(10, 0),
        End = new TimeOnly(17, 0),
        SlotMinutes = 20,
        Breaks = [new MeetingBreak { Start = new TimeOnly(12, 0), End = new TimeOnly(13, 30) }],
    };
}
