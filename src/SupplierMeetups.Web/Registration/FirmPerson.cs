namespace SupplierMeetups.Web.Registration;

/// <summary>A representative a firm sends to one event (they get badges and meetings).</summary>
public sealed class FirmPerson
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid ParticipationId { get; set; }
    public Guid FirmId { get; set; }
    public string FullName { get; set; } = "";
    public string? Title { get; set; }
    public string Email { get; set; } = "";
    public string? Phone { get; set; }
}

/// <summary>How many representatives a firm may name for an event, by participation type; organizers set it per event.</summary>
public sealed class PeopleLimits
{
    public const int DefaultExhibitor = 4;
    public const int DefaultSupplier = 2;
    public const int DefaultPrime = 6;

    public Guid EventId { get; set; }
    public int Exhibitor { get; set; } = DefaultExhibitor;
    public int Supplier { get; set; } = DefaultSupplier;
    public int Prime { get; set; } = DefaultPrime;

    public int For(ParticipationType type) => type switch
    {
        ParticipationType.Exhibitor => Exhibitor,
        ParticipationType.Supplier => Supplier,
        _ => Prime,
    };
}
