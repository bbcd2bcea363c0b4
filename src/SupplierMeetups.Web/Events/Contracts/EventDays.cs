using SupplierMeetups.Web.Platform.Refusals;

namespace SupplierMeetups.Web.Events.Contracts;

/// <summary>When and where an event runs, as other modules need it: its days, its time zone, its city and its names.</summary>
public sealed record EventDays(Guid EventId, string NameTr, string NameEn, DateOnly StartDate, DateOnly EndDate, string TimeZoneId, string City)
{
    public string Name(string language) => language == "en" && NameEn.Length > 0 ? NameEn : NameTr;

    /// <summary>The one rule of "this event is over": its last day has ended in the event's time zone.</summary>
    public bool IsOverAt(DateTimeOffset now) => now >= EndsAt;

    /// <summary>The instant the event's last day ends: midnight after <see cref="EndDate"/> in the event's time zone.</summary>
    public DateTimeOffset EndsAt => EventTimeZone.EndOf(EndDate, TimeZone);

    /// <summary>Today's date at the venue.</summary>
    public DateOnly Today(DateTimeOffset now) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, TimeZone).DateTime);

    /// <summary>The venue's time zone; UTC when the stored id is unknown to this machine.</summary>
    public TimeZoneInfo TimeZone => EventTimeZone.Resolve(TimeZoneId);

    /// <summary>Wall-clock time at the venue to an instant.</summary>
    public DateTimeOffset AtVenue(DateOnly date, TimeOnly time) => EventTimeZone.At(TimeZone, date, time);

    /// <summary>An instant as the venue's clock shows it.</summary>
    public DateTimeOffset ToVenue(DateTimeOffset instant) => EventTimeZone.ToVenue(TimeZone, instant);
}

public interface IEventDays
{
    Task<EventDays?> FindAsync(Guid eventId, CancellationToken cancellationToken);

    /// <summary>Every event, the latest first.</summary>
    Task<IReadOnlyList<EventDays>> ListAsync(CancellationToken cancellationToken);
}

/// <summary>
/// The one place that refuses changes to an event that is over (registrations, booth and meeting requests, answers, needs):
/// every such use case asks it first, so pages and the API answer alike.
/// </summary>
public interface IEventClosure
{
    /// <summary>"This event is over." (409) once the event's last day has ended in its time zone; null while it runs, or when there is no such event.</summary>
    Task<Refusal?> RefusalIfOverAsync(Guid eventId, CancellationToken cancellationToken);

    /// <summary>Whether the event's last day has ended (false for an unknown event).</summary>
    Task<bool> IsOverAsync(Guid eventId, CancellationToken cancellationToken);
}
