using System.Text.Json;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using SupplierMeetups.Web.Integrations.Contracts;
using SupplierMeetups.Web.Platform.Persistence;

namespace SupplierMeetups.Web.Integrations.Outbox;

/// <summary>
/// Publishes occurrences on the bus as their typed messages, with each occurrence's id as MassTransit's MessageId
/// (and the header <see cref="IdHeader"/>), after claiming them. A row is marked only once the broker took its
/// message (RabbitMQ publisher confirms), so an outage or a crash leaves it owed and a later sweep publishes it:
/// at least once, deduplicated by id on the consumer's side. A batch is claimed, and its published rows marked, in
/// one statement each: at a busy door every admission is an occurrence, and three writes each would compete with
/// the scans for SQLite's one writer.
/// </summary>
public sealed class BusPublisher(AppDbContext db, IBus bus, IntegrationsOptions options, TimeProvider clock, ILogger<BusPublisher> logger)
{
    public const string IdHeader = "SupplierMeetups-Event-Id";

    /// <summary>Publishes those of <paramref name="occurrenceIds"/> that are owed and claimed by nobody; answers how many went out.</summary>
    public async Task<int> PublishAsync(IReadOnlyCollection<Guid> occurrenceIds, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        // The claim's expiry tells this run's rows apart from those another instance claimed at another instant;
        // whole microseconds, as PostgreSQL keeps it, so that it compares equal when read back.
        var claimedUntil = now + TimeSpan.FromSeconds(30);
        claimedUntil = claimedUntil.AddTicks(-(claimedUntil.Ticks % 10));
        var claimed = await db.Set<IntegrationEvent>()
            .Where(e => occurrenceIds.Contains(e.Id) && e.BusPublishedAt == null && e.BusNextAttemptAt <= now && (e.BusClaimedUntil == null || e.BusClaimedUntil < now))
            .ExecuteUpdateAsync(s => s.SetProperty(e => e.BusClaimedUntil, claimedUntil), cancellationToken);
        if (claimed == 0)
        {
            return 0;
        }
        var occurrences = await db.Set<IntegrationEvent>().AsNoTracking()
            .Where(e => occurrenceIds.Contains(e.Id) && e.BusClaimedUntil == claimedUntil && e.BusPublishedAt == null)
            .OrderBy(e => e.OccurredAt).ToListAsync(cancellationToken);
        var published = new List<Guid>();
        foreach (var occurrence in occurrences)
        {
            if (await TryPublishAsync(occurrence, cancellationToken))
            {
                published.Add(occurrence.Id);
            }
        }
        if (published.Count > 0)
        {
            await db.Set<IntegrationEvent>().Where(e => published.Contains(e.Id)).ExecuteUpdateAsync(s => s
                .SetProperty(e => e.BusPublishedAt, clock.GetUtcNow())
                .SetProperty(e => e.BusAttempts, e => e.BusAttempts + 1)
                .SetProperty(e => e.BusClaimedUntil, (DateTimeOffset?)null), CancellationToken.None);
        }
        return published.Count;
    }

    private async Task<bool> TryPublishAsync(IntegrationEvent occurrence, CancellationToken cancellationToken)
    {
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
            return true;
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning(ex, "Publishing integration event {Id} ({Type}) on the bus failed; a later sweep tries again", occurrence.Id, occurrence.Type);
            var attempts = occurrence.BusAttempts + 1;
            var next = clock.GetUtcNow() + options.Backoff(attempts);
            await db.Set<IntegrationEvent>().Where(e => e.Id == occurrence.Id).ExecuteUpdateAsync(s => s
                .SetProperty(e => e.BusAttempts, attempts)
                .SetProperty(e => e.BusNextAttemptAt, next)
                .SetProperty(e => e.BusClaimedUntil, (DateTimeOffset?)null), CancellationToken.None);
            return false;
        }
    }
}
