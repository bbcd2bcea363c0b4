using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SupplierMeetups.Web.Platform.Email;

internal sealed class OutgoingEmailConfiguration : IEntityTypeConfiguration<OutgoingEmail>
{
    public void Configure(EntityTypeBuilder<OutgoingEmail> builder)
    {
        builder.ToTable("OutgoingEmails");
        builder.Property(e => e.Subject).HasMaxLength(400);
        builder.Property(e => e.TextBody).HasMaxLength(100_000);
        builder.Property(e => e.HtmlBody).HasMaxLength(200_000);
        builder.Property(e => e.Kind).HasMaxLength(64);
        builder.Property(e => e.LastError).HasMaxLength(2000);
        builder.Property(e => e.Language).HasMaxLength(5);
        builder.OwnsMany(e => e.Attachments, a => a.ToJson());
        builder.HasIndex(e => new { e.SentAt, e.FailedAt, e.NextAttemptAt });
    }
}
