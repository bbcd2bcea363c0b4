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
        builder.Property(f => f.LogoFileName).HasMaxLength(64);
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
        builder.Property(p => p.BoothRequest).HasMaxLength(1000);
        builder.HasIndex(p => p.SubmissionToken).IsUnique();
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

internal sealed class FirmPersonConfiguration : IEntityTypeConfiguration<FirmPerson>
{
    public void Configure(EntityTypeBuilder<FirmPerson> builder)
    {
        builder.ToTable("People");
        builder.HasIndex(p => p.ParticipationId);
        builder.HasIndex(p => p.FirmId);
    }
}

internal sealed class PeopleLimitsConfiguration : IEntityTypeConfiguration<PeopleLimits>
{
    public void Configure(EntityTypeBuilder<PeopleLimits> builder)
    {
        builder.ToTable("PeopleLimits");
        builder.HasKey(p => p.EventId);
    }
}
