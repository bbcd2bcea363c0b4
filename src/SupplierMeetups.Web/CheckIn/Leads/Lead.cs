using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SupplierMeetups.Web.CheckIn.Leads;

/// <summary>
/// A visitor whose badge an exhibitor's people scanned at their booth, with the contact the visitor agreed to share at
/// registration and the exhibitor's note. One per (firm's participation, visitor): scanning again keeps the one lead.
/// Removed when the visitor's data is erased.
/// </summary>
public sealed class Lead
{
    public const int NoteMaxLength = 2000;

    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid EventId { get; set; }
    public Guid ParticipationId { get; set; }
    public Guid VisitorId { get; set; }
    public Guid BadgeId { get; set; }
    public string FullName { get; set; } = "";
    public string Organization { get; set; } = "";
    public string Email { get; set; } = "";
    public string? Phone { get; set; }
    public string Note { get; set; } = "";
    public DateTimeOffset CapturedAt { get; set; }
    public string CapturedBy { get; set; } = "";
    public DateTimeOffset? NoteChangedAt { get; set; }
}

internal sealed class LeadConfiguration : IEntityTypeConfiguration<Lead>
{
    public void Configure(EntityTypeBuilder<Lead> builder)
    {
        builder.ToTable("Leads");
        builder.Property(l => l.FullName).HasMaxLength(200);
        builder.Property(l => l.Organization).HasMaxLength(200);
        builder.Property(l => l.Email).HasMaxLength(254);
        builder.Property(l => l.Phone).HasMaxLength(30);
        builder.Property(l => l.Note).HasMaxLength(Lead.NoteMaxLength);
        builder.Property(l => l.CapturedBy).HasMaxLength(256);
        builder.HasIndex(l => new { l.ParticipationId, l.VisitorId }).IsUnique();
        builder.HasIndex(l => l.VisitorId);
        builder.HasIndex(l => l.EventId);
    }
}
