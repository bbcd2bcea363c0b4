namespace SupplierMeetups.Web.Events.Contracts;

/// <summary>
/// The one place where an event's stored time-zone id becomes a zone: a zone this machine knows, else UTC, never an
/// exception (an id valid where it was entered may be unknown on another machine). Every read model of an event uses it.
/// </summary>
public static class EventTimeZone
{
    public static TimeZoneInfo Resolve(string? timeZoneId) =>
        !string.IsNullOrWhiteSpace(timeZoneId) && TimeZoneInfo.TryFindSystemTimeZoneById(timeZoneId, out var zone) ? zone : TimeZoneInfo.Utc;

    /// <summary>Wall-clock time at the venue to an instant (a time skipped by a clock change counts at the standard offset).</summary>
    public static DateTimeOffset At(TimeZoneInfo zone, DateOnly date, TimeOnly time) => At(zone, date.ToDateTime(time, DateTimeKind.Unspecified));

    /// <summary>A wall-clock date and time at the venue (the kind is ignored) to an instant.</summary>
    public static DateTimeOffset At(TimeZoneInfo zone, DateTime local)
    {
        var wall = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        return new DateTimeOffset(wall, zone.GetUtcOffset(wall));
    }

    /// <summary>An instant as the venue's clock shows it.</summary>
    public static DateTimeOffset ToVenue(TimeZoneInfo zone, DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, zone);

    /// <summary>Midnight after <paramref name="endDate"/> at the venue, as an instant: when the event is over.</summary>
    public static DateTimeOffset EndOf(DateOnly endDate, TimeZoneInfo zone) => At(zone, endDate.AddDays(1), TimeOnly.MinValue);
}
