using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SupplierMeetups.Web.Registration.RegisterVisitor;

internal sealed class VisitorConfiguration : IEntityTypeConfiguration<Visitor>
{
    public void Configure(EntityTypeBuilder<Visitor> builder)
    {
        builder.ToTable("Visitors");
        builder.Property(v => v.FullName).HasMaxLength(200);
        builder.Property(v => v.Organization).HasMaxLength(200);
        builder.Property(v => v.Title).HasMaxLength(200);
        builder.Property(v => v.Email).HasMaxLength(254);
        builder.Property(v => v.NormalizedEmail).HasMaxLength(254);
        builder.Property(v => v.Phone).HasMaxLength(30);
        builder.Property(v => v.Country).HasMaxLength(100);
        builder.Property(v => v.KioskCode).HasMaxLength(16);
        builder.HasIndex(v => new { v.EventId, v.KioskCode }).IsUnique();
        builder.Property(v => v.IdentityKind).HasConversion<string>().HasMaxLength(16);
        builder.Property(v => v.ProtectedIdentityNumber).HasMaxLength(1000);
        builder.Property(v => v.Language).HasMaxLength(2);
        builder.Property(v => v.BadgeStatus).HasConversion<string>().HasMaxLength(24);
        builder.Ignore(v => v.IsErased);
        // The database, not a check before insert, makes a double-submitted form register once.
        builder.HasIndex(v => new { v.EventId, v.NormalizedEmail }).IsUnique();
    }
}

internal sealed class VisitorSettingsConfiguration : IEntityTypeConfiguration<VisitorSettings>
{
    public void Configure(EntityTypeBuilder<VisitorSettings> builder)
    {
        builder.ToTable("VisitorSettings");
        builder.HasKey(s => s.EventId);
    }
}
