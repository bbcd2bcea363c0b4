using System.Text.Json;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using SupplierMeetups.Web.Integrations.Contracts;
using SupplierMeetups.Web.Platform.Persistence;

namespace SupplierMeetups.Web.Integrations.Outbox;

/// <summary>
/// Publishes one occurrence on the bus as its typed message, with the occurrence's id as MassTransit's MessageId
/// (and the header <see cref="IdHeader"/>), after claiming it. The row is marked only once the broker took the
/// message (RabbitMQ publisher confirms), so an outage or a crash leaves it owed and a later sweep publishes it:
/// at least once, deduplicated by id on the consumer's side.
/// </summary>
public sealed class BusPublisher(AppDbContext db, IBus bus, IntegrationsOptions options, TimeProvider clock, ILogger<BusPublisher> logger)
{
    public const string IdHeader = "SupplierMeetups-Event-Id";

    public async Task<bool> PublishAsync(Guid occurrenceId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var claimedUntil = now + TimeSpan.FromSeconds(30);
        var claimed = await db.Set<IntegrationEvent>()
            .Where(e => e.Id == occurrenceId && e.BusPublishedAt == null && e.BusNextAttemptAt <= now && (e.BusClaimedUntil == null || e.BusClaimedUntil < now))
            .ExecuteUpdateAsync(s => s.SetProperty(e => e.BusClaimedUntil, claimedUntil), cancellationToken);
        if (claimed == 0)
        {
            return false;
        }
        var occurrence = await db.Set<IntegrationEvent>().AsNoTracking().SingleAsync(e => e.Id == occurrenceId, cancellationToken);
        try
        {
            var type = IntegrationEventTypes.MessageOf(occurrence.Type) ?? throw new InvalidOperationException($"No message type for '{occurrence.Type}'.");
            var message = JsonSerializer.Deserialize(occurrence.Payload, type, IntegrationOutbox.Json)!;
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(TimeSpan.FromSeconds(10));
            await bus.Publish(message, type, context =>
            {
                context.MessageId = occurrence.Id;
                context.Headers.Set(IdHeader, occurrence.Id.ToString());
            }, timeout.Token);
            await db.Set<IntegrationEvent>().Where(e => e.Id == occurrenceId).ExecuteUpdateAsync(s => s
                .SetProperty(e => e.BusPublishedAt, clock.GetUtcNow())
                .SetProperty(e => e.BusAttempts, e => e.BusAttempts + 1)
                .SetProperty(e => e.BusClaimedUntil, (DateTimeOffset?)null), CancellationToken.None);
            return true;
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning(ex, "Publishing integration event {Id} ({Type}) on the bus failed; a later sweep tries again", occurrence.Id, occurrence.Type);
            var attempts = occurrence.BusAttempts + 1;
            var next = clock.GetUtcNow() + options.Backoff(attempts);
            await db.Set<IntegrationEvent>().Where(e => e.Id == occurrenceId).ExecuteUpdateAsync(s => s
                .SetProperty(e => e.BusAttempts, attempts)
                .SetProperty(e => e.BusNextAttemptAt, next)
                .SetProperty(e => e.BusClaimedUntil, (DateTimeOffset?)null), CancellationToken.None);
            return false;
        }
    }
}
