using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SupplierMeetups.Web.Integrations.Webhooks;

/// <summary>
/// An endpoint of an organization's system that hears one event's integration events of the listed types. The
/// signing secret is shown once when registered and kept encrypted with the shared Data Protection key ring (it
/// must be readable to sign, so it cannot be a hash).
/// </summary>
public sealed class WebhookSubscription
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid EventId { get; set; }
    public string Name { get; set; } = "";
    public string Url { get; set; } = "";

    /// <summary>Event type names (firm.approved …), separated by spaces.</summary>
    public string EventTypes { get; set; } = "";

    public string ProtectedSecret { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
    public Guid? CreatedByUserId { get; set; }
    public DateTimeOffset? RemovedAt { get; set; }

    public IReadOnlyList<string> Types => EventTypes.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    public bool Hears(string type) => RemovedAt is null && Types.Contains(type, StringComparer.Ordinal);
}

internal sealed class WebhookSubscriptionConfiguration : IEntityTypeConfiguration<WebhookSubscription>
{
    public void Configure(EntityTypeBuilder<WebhookSubscription> builder)
    {
        builder.ToTable("WebhookSubscriptions");
        builder.Property(w => w.Name).HasMaxLength(100);
        builder.Property(w => w.Url).HasMaxLength(2000);
        builder.Property(w => w.EventTypes).HasMaxLength(1000);
        builder.Property(w => w.ProtectedSecret).HasMaxLength(1000);
        builder.Ignore(w => w.Types);
        // A second click on "Register" finds the first one instead of adding a twin.
        builder.HasIndex(w => new { w.EventId, w.Name }).IsUnique();
    }
}
