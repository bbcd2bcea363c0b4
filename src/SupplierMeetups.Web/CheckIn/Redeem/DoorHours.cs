using SupplierMeetups.Web.Events.Contracts;

namespace SupplierMeetups.Web.CheckIn.Redeem;

internal static class DoorHours
{
    /// <summary>Whether the doors are open at that instant: on a day of the event, between opening and closing, in the event's time zone.</summary>
    public static bool AreOpen(EventDays days, DoorOptions options, DateTimeOffset at)
    {
        var local = TimeZoneInfo.ConvertTime(at, days.TimeZone);
        var date = DateOnly.FromDateTime(local.DateTime);
        var time = TimeOnly.FromDateTime(local.DateTime);
        return date >= days.StartDate && date <= days.EndDate && time >= options.DoorsOpen && time < options.DoorsClose;
    }
}
