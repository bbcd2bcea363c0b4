using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SupplierMeetups.Web.CheckIn.Gates;

internal sealed class GateConfiguration : IEntityTypeConfiguration<Gate>
{
    public void Configure(EntityTypeBuilder<Gate> builder)
    {
        builder.ToTable("Gates");
        builder.Property(g => g.Name).HasMaxLength(Gate.NameMaxLength);
        builder.HasIndex(g => new { g.EventId, g.Name }).IsUnique();
    }
}
