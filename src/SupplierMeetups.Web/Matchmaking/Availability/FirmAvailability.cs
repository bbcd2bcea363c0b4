namespace SupplierMeetups.Web.Matchmaking.Availability;

/// <summary>What a firm says about its time at one event: the slots it cannot meet in and, for primes, how many desks it runs at once.</summary>
public sealed class FirmAvailability
{
    public Guid ParticipationId { get; set; }
    public Guid EventId { get; set; }
    public List<string> UnavailableSlots { get; set; } = [];
    public int DesksAtOnce { get; set; } = 1;
}

/// <summary>A meeting table of the event that belongs to one prime: only its meetings sit there.</summary>
public sealed class PrimeDesk
{
    public Guid EventId { get; set; }
    public string TableCode { get; set; } = "";
    public Guid PrimeId { get; set; }
}
