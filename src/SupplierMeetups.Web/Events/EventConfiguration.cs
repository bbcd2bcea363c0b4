using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SupplierMeetups.Web.Events;

internal sealed class EventConfiguration : IEntityTypeConfiguration<Event>
{
    public void Configure(EntityTypeBuilder<Event> builder)
    {
        builder.ToTable("Events");
        builder.Property(e => e.NameTr).HasMaxLength(200);
        builder.Property(e => e.NameEn).HasMaxLength(200);
        builder.Property(e => e.DescriptionTr).HasMaxLength(4000);
        builder.Property(e => e.DescriptionEn).HasMaxLength(4000);
        builder.Property(e => e.Version).IsConcurrencyToken();
        builder.HasMany(e => e.Halls).WithOne().HasForeignKey(h => h.EventId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(e => e.MeetingDays).WithOne().HasForeignKey(d => d.EventId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(e => e.Tables).WithOne().HasForeignKey(t => t.EventId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class HallConfiguration : IEntityTypeConfiguration<Hall>
{
    public void Configure(EntityTypeBuilder<Hall> builder)
    {
        builder.ToTable("Halls");
        builder.Property(h => h.AreaSquareMetres).HasPrecision(10, 2);
        builder.HasIndex(h => new { h.EventId, h.Name }).IsUnique();
    }
}

internal sealed class MeetingDayConfiguration : IEntityTypeConfiguration<MeetingDay>
{
    public void Configure(EntityTypeBuilder<MeetingDay> builder)
    {
        builder.ToTable("MeetingDays");
        builder.HasIndex(d => new { d.EventId, d.Date }).IsUnique();
        builder.OwnsMany(d => d.Breaks, b => b.ToJson());
    }
}

internal sealed class MeetingTableConfiguration : IEntityTypeConfiguration<MeetingTable>
{
    public void Configure(EntityTypeBuilder<MeetingTable> builder)
    {
        builder.ToTable("MeetingTables");
        builder.Property(t => t.Code).HasMaxLength(32);
        builder.HasIndex(t => new { t.EventId, t.Code }).IsUnique();
    }
}
