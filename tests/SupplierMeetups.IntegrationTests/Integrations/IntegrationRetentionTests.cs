using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SupplierMeetups.IntegrationTests.Infrastructure;
using SupplierMeetups.Web.Integrations;
using SupplierMeetups.Web.Integrations.Outbox;
using SupplierMeetups.Web.Platform.Jobs;
using SupplierMeetups.Web.Platform.Persistence;

namespace SupplierMeetups.IntegrationTests.Integrations;

/// <summary>The outbox retention: delivered rows older than the retention go, anything still owed stays.</summary>
public sealed class IntegrationRetentionTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Run_DeletesDeliveredRowsOlderThanTheRetentionAndKeepsEverythingUndelivered()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var now = DateTimeOffset.UtcNow;
        var eventId = Guid.NewGuid();
        // Occurrences: on the bus long ago (with only an old delivered copy: goes), on the bus long ago with a failed copy
        // (stays: it may be replayed), on the bus lately (stays), never on the bus (stays: still owed).
        var gone = Occurrence(eventId, published: now.AddDays(-40));
        var withFailedCopy = Occurrence(eventId, published: now.AddDays(-40));
        var recent = Occurrence(eventId, published: now.AddDays(-29));
        var owed = Occurrence(eventId, published: null);
        var oldDelivered = Delivery(gone, delivered: now.AddDays(-31));
        var recentDelivered = Delivery(recent, delivered: now.AddDays(-29));
        var oldFailed = Delivery(withFailedCopy, failed: now.AddDays(-60));
        var oldPending = Delivery(owed);
        Set(oldPending, nameof(WebhookDelivery.CreatedAt), now.AddDays(-90));
        db.AddRange(gone, withFailedCopy, recent, owed, oldDelivered, recentDelivered, oldFailed, oldPending);
        await db.SaveChangesAsync(Ct);
        var retention = new IntegrationRetention(db, new IntegrationsOptions { RetentionDays = 30 }, TimeProvider.System);

        var deleted = await retention.RunAsync(Ct);

        Assert.True(deleted >= 2);
        var deliveries = await db.Set<WebhookDelivery>().AsNoTracking().Where(d => d.EventId == eventId).Select(d => d.Id).ToListAsync(Ct);
        var occurrences = await db.Set<IntegrationEvent>().AsNoTracking().Where(e => e.EventId == eventId).Select(e => e.Id).ToListAsync(Ct);
        Assert.Equal(new[] { recentDelivered.Id, oldFailed.Id, oldPending.Id }.Order(), deliveries.Order());
        Assert.Equal(new[] { withFailedCopy.Id, recent.Id, owed.Id }.Order(), occurrences.Order());
    }

    [Fact]
    public void Retention_IsARecurringJobKeepingThirtyDaysByDefault()
    {
        var jobs = factory.Services.GetServices<RecurringJobDefinition>().Select(j => j.Id).ToList();

        Assert.Contains(IntegrationRetention.Id, jobs);
        Assert.Equal(30, new IntegrationsOptions().RetentionDays);
        Assert.Equal(30, factory.Services.GetRequiredService<IntegrationsOptions>().RetentionDays);
    }

    private static IntegrationEvent Occurrence(Guid eventId, DateTimeOffset? published)
    {
        var occurrence = new IntegrationEvent(Guid.NewGuid(), eventId, "booth.confirmed", "{}", DateTimeOffset.UtcNow.AddDays(-60));
        Set(occurrence, nameof(IntegrationEvent.BusPublishedAt), published);
        Set(occurrence, nameof(IntegrationEvent.BusNextAttemptAt), DateTimeOffset.UtcNow.AddYears(1)); // out of the sweep's way
        return occurrence;
    }

    private static WebhookDelivery Delivery(IntegrationEvent occurrence, DateTimeOffset? delivered = null, DateTimeOffset? failed = null)
    {
        var delivery = new WebhookDelivery(occurrence.Id, Guid.NewGuid(), occurrence.EventId, occurrence.Type, DateTimeOffset.UtcNow.AddDays(-60));
        Set(delivery, nameof(WebhookDelivery.DeliveredAt), delivered);
        Set(delivery, nameof(WebhookDelivery.FailedAt), failed);
        Set(delivery, nameof(WebhookDelivery.NextAttemptAt), DateTimeOffset.UtcNow.AddYears(1)); // out of the sweep's way
        return delivery;
    }

    private static void Set(object row, string property, object? value) => row.GetType().GetProperty(property)!.SetValue(row, value);
}
