using SupplierMeetups.Web.Events.Contracts;

namespace SupplierMeetups.Web.Events;

/// <summary>A fair: its names in both languages, where and when, its halls, meeting days and meeting tables.</summary>
public sealed class Event
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public string NameTr { get; set; } = "";
    public string NameEn { get; set; } = "";
    public string DescriptionTr { get; set; } = "";
    public string DescriptionEn { get; set; } = "";
    public string Venue { get; set; } = "";
    public string City { get; set; } = "";
    public DateOnly StartDate { get; set; }
    public DateOnly EndDate { get; set; }

    /// <summary>IANA time zone of the venue; slot times are wall-clock times there.</summary>
    public string TimeZoneId { get; set; } = "Europe/Istanbul";

    /// <summary>Changes on every save; a stale copy cannot overwrite a newer one.</summary>
    public Guid Version { get; set; } = Guid.NewGuid();

    public List<Hall> Halls { get; set; } = [];
    public List<MeetingDay> MeetingDays { get; set; } = [];
    public List<MeetingTable> Tables { get; set; } = [];

    public string Name(string language) => language == "en" && NameEn.Length > 0 ? NameEn : NameTr;
    public string Description(string language) => language == "en" && DescriptionEn.Length > 0 ? DescriptionEn : DescriptionTr;

    /// <summary>All meeting slots of the event in time order, with ids "D1-01", "D1-02", … per meeting day.</summary>
    public IReadOnlyList<MeetingSlot> Slots() =>
        MeetingDays.OrderBy(d => d.Date).SelectMany((day, index) => day.Slots(index + 1)).ToList();
}

public sealed class Hall
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid EventId { get; set; }
    public string Name { get; set; } = "";
    public decimal AreaSquareMetres { get; set; }
}

public sealed class MeetingTable
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid EventId { get; set; }
    public string Code { get; set; } = "";
    public string? HallName { get; set; }
}
