namespace SupplierMeetups.Web.Events.Contracts;

/// <summary>When and where an event runs, as other modules need it: its days, its time zone, its city and its names.</summary>
public sealed record EventDays(Guid EventId, string NameTr, string NameEn, DateOnly StartDate, DateOnly EndDate, string TimeZoneId, string City)
{
    public string Name(string language) => language == "en" && NameEn.Length > 0 ? NameEn : NameTr;

    public bool IsOver(DateOnly today) => EndDate < today;

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
