namespace SupplierMeetups.Web.Events.Contracts;

/// <summary>An event as other modules see it: a copy read from the Events module, never tracked or saved.</summary>
public sealed record EventInfo(
    Guid Id,
    string NameTr,
    string NameEn,
    string DescriptionTr,
    string DescriptionEn,
    string Venue,
    string City,
    DateOnly StartDate,
    DateOnly EndDate,
    string TimeZoneId,
    IReadOnlyList<EventHall> Halls,
    IReadOnlyList<EventMeetingDay> MeetingDays,
    IReadOnlyList<EventTable> Tables,
    IReadOnlyList<MeetingSlot> MeetingSlots)
{
    public string Name(string language) => language == "en" && NameEn.Length > 0 ? NameEn : NameTr;
    public string Description(string language) => language == "en" && DescriptionEn.Length > 0 ? DescriptionEn : DescriptionTr;

    /// <summary>All meeting slots of the event in time order, with ids "D1-01", "D1-02", … per meeting day.</summary>
    public IReadOnlyList<MeetingSlot> Slots() => MeetingSlots;

    /// <summary>The venue's time zone; UTC when the stored id is unknown to this machine.</summary>
    public TimeZoneInfo TimeZone => EventTimeZone.Resolve(TimeZoneId);

    /// <summary>Wall-clock time at the venue to an instant.</summary>
    public DateTimeOffset AtVenue(DateOnly date, TimeOnly time) => EventTimeZone.At(TimeZone, date, time);

    /// <summary>An instant as the venue's clock shows it.</summary>
    public DateTimeOffset ToVenue(DateTimeOffset instant) => EventTimeZone.ToVenue(TimeZone, instant);
}

public sealed record EventHall(Guid Id, string Name, decimal AreaSquareMetres);

public sealed record EventTable(Guid Id, string Code, string? HallName);

public sealed record EventMeetingDay(Guid Id, DateOnly Date, TimeOnly Start, TimeOnly End, int SlotMinutes, IReadOnlyList<EventBreak> Breaks);

public sealed record EventBreak(TimeOnly Start, TimeOnly End);
