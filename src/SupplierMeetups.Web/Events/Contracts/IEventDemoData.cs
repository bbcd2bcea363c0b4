namespace SupplierMeetups.Web.Events.Contracts;

/// <summary>The demo's event, added to the caller's unit of work (the caller saves).</summary>
public interface IEventDemoData
{
    /// <summary>The 8th Konya fair with its halls, two meeting days and 30 meeting tables, plus <paramref name="extraTables"/>.</summary>
    EventInfo AddDemoEvent(IEnumerable<(string Code, string HallName)> extraTables);
}
