using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SupplierMeetups.Web.Integrations.Outbox;

internal sealed class IntegrationEventConfiguration : IEntityTypeConfiguration<IntegrationEvent>
{
    public void Configure(EntityTypeBuilder<IntegrationEvent> builder)
    {
        builder.ToTable("IntegrationEvents");
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.Type).HasMaxLength(64);
        builder.Property(e => e.Payload).HasMaxLength(16_000);
        builder.HasIndex(e => new { e.BusPublishedAt, e.BusNextAttemptAt });
        builder.HasIndex(e => new { e.EventId, e.OccurredAt });
    }
}

internal sealed class WebhookDeliveryConfiguration : IEntityTypeConfiguration<WebhookDelivery>
{
    public void Configure(EntityTypeBuilder<WebhookDelivery> builder)
    {
        builder.ToTable("WebhookDeliveries");
        builder.Property(d => d.Id).ValueGeneratedNever();
        builder.Property(d => d.Type).HasMaxLength(64);
        builder.Property(d => d.LastError).HasMaxLength(2000);
        builder.Ignore(d => d.Status);
        // One copy of an occurrence per webhook, however often the handler runs.
        builder.HasIndex(d => new { d.IntegrationEventId, d.SubscriptionId }).IsUnique();
        builder.HasIndex(d => new { d.DeliveredAt, d.FailedAt, d.NextAttemptAt });
        builder.HasIndex(d => new { d.EventId, d.CreatedAt });
    }
}
