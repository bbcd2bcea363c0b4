using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SupplierMeetups.Web.Exhibition.Booths;

internal sealed class BoothConfiguration : IEntityTypeConfiguration<Booth>
{
    public void Configure(EntityTypeBuilder<Booth> builder)
    {
        builder.ToTable("Booths");
        builder.Property(b => b.HallName).HasMaxLength(200);
        builder.Property(b => b.Code).HasMaxLength(32);
        builder.Property(b => b.X).HasPrecision(9, 2);
        builder.Property(b => b.Y).HasPrecision(9, 2);
        builder.Property(b => b.Width).HasPrecision(9, 2);
        builder.Property(b => b.Depth).HasPrecision(9, 2);
        builder.Property(b => b.Price).HasPrecision(12, 2);
        builder.Property(b => b.Type).HasConversion<string>().HasMaxLength(16);
        builder.Property(b => b.Restriction).HasConversion<string>().HasMaxLength(16);
        builder.Property(b => b.Version).IsConcurrencyToken();
        builder.Ignore(b => b.Area);
        builder.Ignore(b => b.Rect);
        builder.HasIndex(b => new { b.EventId, b.Code }).IsUnique();
    }
}

internal sealed class BoothAssignmentConfiguration : IEntityTypeConfiguration<BoothAssignment>
{
    public void Configure(EntityTypeBuilder<BoothAssignment> builder)
    {
        builder.ToTable("BoothAssignments");
        builder.HasIndex(a => a.BoothId).IsUnique();
        builder.HasIndex(a => new { a.EventId, a.FirmId });
        builder.HasOne<Booth>().WithMany().HasForeignKey(a => a.BoothId).OnDelete(DeleteBehavior.Restrict);
        builder.Ignore(a => a.IsConfirmed);
    }
}

internal sealed class BoothRequestConfiguration : IEntityTypeConfiguration<BoothRequest>
{
    public void Configure(EntityTypeBuilder<BoothRequest> builder)
    {
        builder.ToTable("BoothRequests");
        builder.Property(r => r.AreaSquareMetres).HasPrecision(9, 2);
        builder.Property(r => r.Type).HasConversion<string>().HasMaxLength(16);
        builder.Property(r => r.PreferredHall).HasMaxLength(200);
        builder.HasIndex(r => new { r.EventId, r.FirmId }).IsUnique();
    }
}

internal sealed class ExhibitionSettingsConfiguration : IEntityTypeConfiguration<ExhibitionSettings>
{
    public void Configure(EntityTypeBuilder<ExhibitionSettings> builder)
    {
        builder.ToTable("ExhibitionSettings");
        builder.HasKey(s => s.EventId);
    }
}
