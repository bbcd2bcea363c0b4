using Hangfire;
using Microsoft.EntityFrameworkCore;
using SupplierMeetups.Web.Platform.Persistence;

namespace SupplierMeetups.Web.Integrations.Outbox;

/// <summary>
/// Keeps the outbox from growing forever: deletes webhook deliveries delivered more than
/// <see cref="IntegrationsOptions.RetentionDays"/> days ago, then the occurrences that were put on the bus as long ago and
/// have no delivery left. Pending, retrying and failed deliveries (which an organizer may still replay) and occurrences
/// still owed to the bus or to a webhook are never deleted. Recurring, daily.
/// </summary>
internal sealed class IntegrationRetention(AppDbContext db, IntegrationsOptions options, TimeProvider clock)
{
    public const string Id = "integration-retention";

    /// <returns>How many rows were deleted (deliveries and occurrences).</returns>
    [AutomaticRetry(Attempts = 0)] // the next day's run deletes what this one left
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var cutoff = clock.GetUtcNow() - TimeSpan.FromDays(Math.Max(1, options.RetentionDays));
        var deliveries = await db.Set<WebhookDelivery>()
            .Where(d => d.DeliveredAt != null && d.DeliveredAt < cutoff)
            .ExecuteDeleteAsync(cancellationToken);
        var occurrences = await db.Set<IntegrationEvent>()
            .Where(e => e.BusPublishedAt != null && e.BusPublishedAt < cutoff && !db.Set<WebhookDelivery>().Any(d => d.IntegrationEventId == e.Id))
            .ExecuteDeleteAsync(cancellationToken);
        return deliveries + occurrences;
    }
}
