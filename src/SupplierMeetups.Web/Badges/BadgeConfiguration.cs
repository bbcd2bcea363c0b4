using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SupplierMeetups.Web.Badges;

internal sealed class BadgeConfiguration : IEntityTypeConfiguration<Badge>
{
    public void Configure(EntityTypeBuilder<Badge> builder)
    {
        builder.ToTable("Badges");
        builder.Property(b => b.Type).HasConversion<string>().HasMaxLength(16);
        builder.Property(b => b.PersonName).HasMaxLength(200);
        builder.Property(b => b.Organization).HasMaxLength(300);
        builder.Property(b => b.Booth).HasMaxLength(32);
        builder.Property(b => b.HolderKind).HasMaxLength(32);
        // One badge per person and event: issuing twice (a double-submitted form, a retried consumer) finds the first.
        builder.HasIndex(b => new { b.EventId, b.HolderKind, b.HolderId }).IsUnique();
        builder.HasIndex(b => b.HolderUserId);
    }
}
