using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SupplierMeetups.Web.Integrations.Outbox;
using SupplierMeetups.Web.Integrations.Webhooks;
using SupplierMeetups.Web.Platform.Audit;
using SupplierMeetups.Web.Platform.Localization;
using SupplierMeetups.Web.Platform.Persistence;
using SupplierMeetups.Web.Platform.Refusals;

namespace SupplierMeetups.Web.Integrations.Deliveries;

public sealed record DeliveryView(
    Guid Id, Guid IntegrationEventId, string Type, Guid WebhookId, string WebhookName, string Url, string Status, int Attempts, int? LastStatusCode,
    string? LastError, DateTimeOffset CreatedAt, DateTimeOffset? LastAttemptAt, DateTimeOffset? NextAttemptAt, DateTimeOffset? DeliveredAt, int Replays);

/// <summary>The webhook deliveries of an event, newest first, and their replay.</summary>
public sealed class DeliveryLog(AppDbContext db, AuditLog audit, TimeProvider clock, IStringLocalizer<SharedResource> l)
{
    public const int PageSize = 200;

    public async Task<IReadOnlyList<DeliveryView>> ListAsync(Guid eventId, Guid? webhookId, CancellationToken cancellationToken)
    {
        var query = db.Set<WebhookDelivery>().AsNoTracking().Where(d => d.EventId == eventId);
        if (webhookId is { } only)
        {
            query = query.Where(d => d.SubscriptionId == only);
        }
        var rows = await query.OrderByDescending(d => d.Id).Take(PageSize).ToListAsync(cancellationToken);
        var ids = rows.Select(r => r.SubscriptionId).Distinct().ToList();
        var webhooks = await db.Set<WebhookSubscription>().AsNoTracking().Where(w => ids.Contains(w.Id)).ToDictionaryAsync(w => w.Id, cancellationToken);
        return rows.Select(d => new DeliveryView(
            d.Id, d.IntegrationEventId, d.Type, d.SubscriptionId, webhooks.GetValueOrDefault(d.SubscriptionId)?.Name ?? "", webhooks.GetValueOrDefault(d.SubscriptionId)?.Url ?? "",
            d.Status.ToString(), d.Attempts, d.LastStatusCode, d.LastError, d.CreatedAt, d.LastAttemptAt,
            d.Status is DeliveryStatus.Pending or DeliveryStatus.Retrying ? d.NextAttemptAt : null, d.DeliveredAt, d.Replays)).ToList();
    }

    /// <summary>
    /// Sends the delivery again, with the same event id (receivers that saw it drop it): due now, attempts counted
    /// afresh. A delivery already waiting to be sent is left as it is, so a second click changes nothing.
    /// </summary>
    public async Task<Outcome<Guid>> ReplayAsync(Guid eventId, Guid deliveryId, CancellationToken cancellationToken)
    {
        var delivery = await db.Set<WebhookDelivery>().AsNoTracking().SingleOrDefaultAsync(d => d.Id == deliveryId && d.EventId == eventId, cancellationToken);
        if (delivery is null)
        {
            return new Refusal(l["There is no such delivery."], StatusCodes.Status404NotFound);
        }
        if (delivery.Status is DeliveryStatus.Delivered or DeliveryStatus.Failed)
        {
            var now = clock.GetUtcNow();
            await audit.RecordAsync(AuditActions.WebhookReplayed, "webhook-delivery", delivery.Id, eventId, $"{delivery.Type} {delivery.IntegrationEventId}", cancellationToken);
            await using var transaction = await db.BeginWriteAsync(cancellationToken);
            var changed = await db.Set<WebhookDelivery>()
                .Where(d => d.Id == deliveryId && (d.DeliveredAt != null || d.FailedAt != null))
                .ExecuteUpdateAsync(s => s
                    .SetProperty(d => d.DeliveredAt, (DateTimeOffset?)null)
                    .SetProperty(d => d.FailedAt, (DateTimeOffset?)null)
                    .SetProperty(d => d.Attempts, 0)
                    .SetProperty(d => d.NextAttemptAt, now)
                    .SetProperty(d => d.Replays, d => d.Replays + 1), cancellationToken);
            if (changed == 1)
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            await transaction.CommitAsync(cancellationToken);
        }
        return delivery.Id;
    }
}
