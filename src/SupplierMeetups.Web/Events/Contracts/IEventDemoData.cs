namespace SupplierMeetups.Web.Events.Contracts;

/// <summary>The demo's event, added to the caller's unit of work (the caller saves).</summary>
public interface IEventDemoData
{
    /// <summary>The 8th Konya fair with its halls, two meeting days and 30 meeting tables, plus <paramref name="extraTables"/>.</summary>
    EventInfo AddDemoEvent(IEnumerable<(string Code, string HallName)> extraTables);

    /// <summary>
    /// The upcoming demo event: the fair opens the day before <paramref name="firstMeetingDay"/>, two meeting days of
    /// 20-minute slots follow, 12 meeting tables plus <paramref name="extraTables"/>.
    /// </summary>
    EventInfo AddUpcomingDemoEvent(DateOnly firstMeetingDay, IEnumerable<(string Code, string HallName)> extraTables);
}

/// <summary>The demo events' names, by which the demo knows what it loaded before.</summary>
public static class DemoEventNames
{
    public const string KonyaTr = "8. Konya Savunma Sanayi Tedarikçi Buluşmaları";
    public const string KonyaEn = "8th Konya Defense Industry Supplier Meetings";
    public const string UpcomingTr = "9. Konya Savunma Sanayi Tedarikçi Buluşmaları (tanıtım)";
    public const string UpcomingEn = "9th Konya Defense Industry Supplier Meetings (demo)";
}
