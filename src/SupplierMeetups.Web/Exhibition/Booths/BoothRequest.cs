namespace SupplierMeetups.Web.Exhibition.Booths;

/// <summary>What an exhibitor asks for: one request per firm and event, replaced when the firm edits it.</summary>
public sealed class BoothRequest
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid EventId { get; set; }
    public Guid FirmId { get; set; }
    public decimal AreaSquareMetres { get; set; }

    /// <summary>Null: any type will do.</summary>
    public BoothType? Type { get; set; }

    public string? PreferredHall { get; set; }
    public List<Guid> NearFirmIds { get; set; } = [];
    public List<Guid> CompetitorFirmIds { get; set; } = [];
    public DateTimeOffset UpdatedAt { get; set; }
}

/// <summary>Per-event rules of the exhibition that the organizer sets.</summary>
public sealed class ExhibitionSettings
{
    public const int DefaultHoldHours = 48;

    public Guid EventId { get; set; }
    public bool AllowSeveralBoothsPerFirm { get; set; }
    public int HoldHours { get; set; } = DefaultHoldHours;
}
