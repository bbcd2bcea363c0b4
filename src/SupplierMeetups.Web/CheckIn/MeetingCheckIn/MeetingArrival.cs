using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SupplierMeetups.Web.CheckIn.MeetingCheckIn;

/// <summary>
/// One side of a B2B meeting arrived at the table: the first badge of that side scanned there. The key (meeting, side's
/// participation) makes a second scan of the same side count once; both sides arrived = the meeting was held.
/// </summary>
public sealed class MeetingArrival
{
    public Guid MeetingId { get; set; }
    public Guid ParticipationId { get; set; }
    public Guid EventId { get; set; }
    public Guid BadgeId { get; set; }
    public string PersonName { get; set; } = "";
    public DateTimeOffset ArrivedAt { get; set; }
    public string ScannedBy { get; set; } = "";
}

/// <summary>An organizer confirmed that a meeting did not take place because a side (or both) did not come.</summary>
public sealed class MeetingNoShow
{
    public Guid MeetingId { get; set; }
    public Guid EventId { get; set; }
    public bool PrimeMissing { get; set; }
    public bool SupplierMissing { get; set; }
    public DateTimeOffset ConfirmedAt { get; set; }
    public Guid ConfirmedBy { get; set; }
}

internal sealed class MeetingArrivalConfiguration : IEntityTypeConfiguration<MeetingArrival>, IEntityTypeConfiguration<MeetingNoShow>
{
    public void Configure(EntityTypeBuilder<MeetingArrival> builder)
    {
        builder.ToTable("MeetingArrivals");
        builder.HasKey(a => new { a.MeetingId, a.ParticipationId });
        builder.Property(a => a.PersonName).HasMaxLength(200);
        builder.Property(a => a.ScannedBy).HasMaxLength(256);
        builder.HasIndex(a => a.EventId);
    }

    public void Configure(EntityTypeBuilder<MeetingNoShow> builder)
    {
        builder.ToTable("MeetingNoShows");
        builder.HasKey(n => n.MeetingId);
        builder.HasIndex(n => n.EventId);
    }
}
