using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SupplierMeetups.Web.CheckIn.Redeem;

internal sealed class DoorScanConfiguration : IEntityTypeConfiguration<DoorScan>
{
    public void Configure(EntityTypeBuilder<DoorScan> builder)
    {
        builder.ToTable("Scans");
        builder.Property(s => s.Nonce).HasMaxLength(DoorScan.NonceMaxLength);
        builder.Property(s => s.Direction).HasConversion<string>().HasMaxLength(8);
        builder.Property(s => s.Result).HasConversion<string>().HasMaxLength(16);
        builder.Property(s => s.BadgeType).HasMaxLength(16);
        builder.Property(s => s.Sample).HasMaxLength(DoorScan.SampleMaxLength);
        builder.Property(s => s.StaffName).HasMaxLength(200);
        // An upload sent twice (a retry after a lost answer, a queue flushed again) is one scan.
        builder.HasIndex(s => new { s.EventId, s.Nonce }).IsUnique();
        builder.HasIndex(s => new { s.EventId, s.Result });
        builder.HasIndex(s => s.BadgeId);
    }
}

internal sealed class PresenceConfiguration : IEntityTypeConfiguration<Presence>
{
    public void Configure(EntityTypeBuilder<Presence> builder)
    {
        builder.ToTable("Presences");
        builder.HasKey(p => p.BadgeId);
        builder.Property(p => p.BadgeId).ValueGeneratedNever();
        builder.Property(p => p.BadgeType).HasMaxLength(16);
        builder.Property(p => p.LastEntryStaffName).HasMaxLength(200);
        builder.HasIndex(p => new { p.EventId, p.Inside });
    }
}
