namespace SupplierMeetups.Web.CheckIn.Gates;

/// <summary>A scanning station at the venue ("Main entrance", "Hall 2 east"), named by the organizers.</summary>
internal sealed class Gate
{
    public const int NameMaxLength = 100;

    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid EventId { get; set; }
    public string Name { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
}
