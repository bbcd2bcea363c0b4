namespace SupplierMeetups.Web.CheckIn;

/// <summary>The door's settings, bound from the <c>CheckIn</c> section; the defaults suit a fair's day.</summary>
public sealed class DoorOptions
{
    public const string SectionName = "CheckIn";

    /// <summary>When the doors open on each day of the event, wall-clock time in the event's time zone.</summary>
    public TimeOnly DoorsOpen { get; set; } = new(7, 0);

    /// <summary>When the doors close on each day of the event; a scan at or after it is outside the hours.</summary>
    public TimeOnly DoorsClose { get; set; } = new(21, 0);

    /// <summary>How far a device's scan time may run ahead of the server's before the server's time is used instead.</summary>
    public int MaxClockSkewSeconds { get; set; } = 300;

    /// <summary>How old a queued offline scan may be and still be decided for its own time.</summary>
    public int MaxOfflineAgeHours { get; set; } = 72;
}
