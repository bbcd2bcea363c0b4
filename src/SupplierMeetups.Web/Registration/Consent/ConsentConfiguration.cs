using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SupplierMeetups.Web.Registration.Consent;

internal sealed class ConsentTextConfiguration : IEntityTypeConfiguration<ConsentText>
{
    public void Configure(EntityTypeBuilder<ConsentText> builder)
    {
        builder.ToTable("ConsentTexts");
        builder.Property(t => t.Language).HasMaxLength(2);
        builder.Property(t => t.Text).HasMaxLength(20000);
        builder.HasIndex(t => new { t.EventId, t.Language, t.Version }).IsUnique();
    }
}

internal sealed class ConsentRecordConfiguration : IEntityTypeConfiguration<ConsentRecord>
{
    public void Configure(EntityTypeBuilder<ConsentRecord> builder)
    {
        builder.ToTable("ConsentRecords");
        builder.Property(r => r.PersonKind).HasMaxLength(32);
        builder.Property(r => r.Language).HasMaxLength(2);
        builder.Property(r => r.IpAddress).HasMaxLength(64);
        builder.HasIndex(r => new { r.PersonKind, r.PersonId });
        builder.HasIndex(r => r.EventId);
    }
}
