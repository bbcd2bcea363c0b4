using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SupplierMeetups.Web.Registration;

internal sealed class FirmConfiguration : IEntityTypeConfiguration<Firm>
{
    public void Configure(EntityTypeBuilder<Firm> builder)
    {
        builder.ToTable("Firms");
        builder.Property(f => f.TaxNumber).HasMaxLength(10);
        builder.Property(f => f.Country).HasMaxLength(2);
        builder.Property(f => f.SearchText).HasMaxLength(800);
        builder.HasIndex(f => f.TaxNumber);
        builder.HasIndex(f => f.SearchText);
        builder.OwnsOne(f => f.Qualifications, q =>
        {
            q.ToJson();
            q.OwnsMany(x => x.Certificates);
        });
    }
}

internal sealed class ParticipationConfiguration : IEntityTypeConfiguration<Participation>
{
    public void Configure(EntityTypeBuilder<Participation> builder)
    {
        builder.ToTable("Participations");
        builder.Property(p => p.Type).HasConversion<string>().HasMaxLength(16);
        builder.Property(p => p.Status).HasConversion<string>().HasMaxLength(16);
        builder.HasIndex(p => new { p.EventId, p.FirmId }).IsUnique();
        builder.HasIndex(p => p.ContactUserId);
    }
}

internal sealed class CapabilityConfiguration : IEntityTypeConfiguration<Capability>
{
    public void Configure(EntityTypeBuilder<Capability> builder)
    {
        builder.ToTable("Capabilities");
        builder.HasKey(c => c.Code);
        builder.Property(c => c.Code).HasMaxLength(64);
        builder.Property(c => c.ParentCode).HasMaxLength(64);
    }
}
