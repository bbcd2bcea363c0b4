namespace SupplierMeetups.Web.Exhibition.Booths;

[System.Text.Json.Serialization.JsonConverter(typeof(System.Text.Json.Serialization.JsonStringEnumConverter<BoothType>))]
public enum BoothType
{
    Inline,
    Corner,
    Peninsula,
    Island,
}

/// <summary>What the organizer decides about a booth apart from who holds it.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(System.Text.Json.Serialization.JsonStringEnumConverter<BoothRestriction>))]
public enum BoothRestriction
{
    None,

    /// <summary>Kept aside by the organizer (a sponsor, the organizer's own stand); no firm, no expiry.</summary>
    Reserved,

    /// <summary>Not for sale: a pillar, an emergency exit, a technical room.</summary>
    Blocked,
}

[System.Text.Json.Serialization.JsonConverter(typeof(System.Text.Json.Serialization.JsonStringEnumConverter<BoothStatus>))]
public enum BoothStatus
{
    Available,
    Held,
    Reserved,
    Assigned,
    Blocked,
}

/// <summary>
/// A rectangle on a hall's floor plan, in metres from the hall's top-left corner. The hall is referred to by
/// its name because the event editor replaces its halls (and their ids) on every save.
/// </summary>
public sealed class Booth
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid EventId { get; set; }
    public string HallName { get; set; } = "";
    public string Code { get; set; } = "";
    public decimal X { get; set; }
    public decimal Y { get; set; }
    public decimal Width { get; set; }
    public decimal Depth { get; set; }
    public BoothType Type { get; set; }
    public decimal Price { get; set; }
    public BoothRestriction Restriction { get; set; }

    /// <summary>Changes on every change of the booth or of who holds it: two organizers assigning at once cannot both win.</summary>
    public Guid Version { get; set; } = Guid.NewGuid();

    public decimal Area => Width * Depth;

    public BoothRect Rect => new(HallName, (double)X, (double)Y, (double)Width, (double)Depth);

    public BoothStatus StatusWith(BoothAssignment? assignment, DateTimeOffset now) => Restriction switch
    {
        BoothRestriction.Blocked => BoothStatus.Blocked,
        BoothRestriction.Reserved => BoothStatus.Reserved,
        _ when assignment is null || assignment.IsExpired(now) => BoothStatus.Available,
        _ => assignment.HeldUntil is null ? BoothStatus.Assigned : BoothStatus.Held,
    };

    public void Touch() => Version = Guid.NewGuid();
}

/// <summary>
/// The firm that holds a booth: confirmed (<see cref="HeldUntil"/> null) or held until a time. An expired hold
/// is treated as absent when read and is replaced by the next assignment of the booth (no background job).
/// The unique index on <see cref="BoothId"/> makes a double assignment impossible even past the version check.
/// </summary>
public sealed class BoothAssignment
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid EventId { get; set; }
    public Guid BoothId { get; set; }
    public Guid FirmId { get; set; }
    public DateTimeOffset AssignedAt { get; set; }
    public DateTimeOffset? HeldUntil { get; set; }
    public bool IsConfirmed => HeldUntil is null;

    public bool IsExpired(DateTimeOffset now) => HeldUntil is { } until && until <= now;
}

/// <summary>
/// A booth's rectangle. Two booths are adjacent ("side by side") when they are in the same hall and the gap
/// between their rectangles is at most <see cref="AdjacencyGap"/> metres both across and along, i.e. they
/// touch (also at a corner) or only a partition separates them; booths across an aisle (the grid generator
/// makes aisles of at least 1.5 m) are not adjacent.
/// </summary>
public readonly record struct BoothRect(string Hall, double X, double Y, double Width, double Depth)
{
    public const double AdjacencyGap = 0.5;

    public bool IsAdjacentTo(BoothRect other) =>
        Hall == other.Hall
        && Math.Max(other.X - (X + Width), X - (other.X + other.Width)) <= AdjacencyGap
        && Math.Max(other.Y - (Y + Depth), Y - (other.Y + other.Depth)) <= AdjacencyGap;

    public bool Overlaps(BoothRect other) =>
        Hall == other.Hall && X < other.X + other.Width && other.X < X + Width && Y < other.Y + other.Depth && other.Y < Y + Depth;

    public double DistanceTo(BoothRect other)
    {
        var dx = X + Width / 2 - (other.X + other.Width / 2);
        var dy = Y + Depth / 2 - (other.Y + other.Depth / 2);
        return Hall == other.Hall ? Math.Sqrt(dx * dx + dy * dy) : double.PositiveInfinity;
    }
}
