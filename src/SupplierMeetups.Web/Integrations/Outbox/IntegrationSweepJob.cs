using Hangfire;
using Microsoft.EntityFrameworkCore;
using SupplierMeetups.Web.Platform.Persistence;

namespace SupplierMeetups.Web.Integrations.Outbox;

/// <summary>
/// Delivers what the outbox owes: due webhook deliveries (several receivers at once, each in its own scope) and
/// occurrences not yet on the bus (only while the bus is healthy). Recurring on every instance's Hangfire server;
/// overlapping runs and instances share the rows through the senders' claims. Drains batch after batch.
/// </summary>
internal sealed class IntegrationSweepJob(AppDbContext db, IServiceScopeFactory scopes, IntegrationSweepGate gate, Platform.Messaging.BusHealth bus, TimeProvider clock)
{
    public const int BatchSize = 100;
    private const int Parallelism = 8;

    [AutomaticRetry(Attempts = 0)] // the next occurrence sweeps again
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        if (!gate.TryEnter())
        {
            return 0; // a run of this instance is still draining (slow receivers): it takes what is due, one worker is enough
        }
        try
        {
            return await DrainAsync(cancellationToken);
        }
        finally
        {
            gate.Exit();
        }
    }

    private async Task<int> DrainAsync(CancellationToken cancellationToken)
    {
        var done = 0;
        for (var round = 0; round < 50 && !cancellationToken.IsCancellationRequested; round++)
        {
            var now = clock.GetUtcNow();
            var deliveries = await db.Set<WebhookDelivery>()
                .Where(d => d.DeliveredAt == null && d.FailedAt == null && d.NextAttemptAt <= now && (d.ClaimedUntil == null || d.ClaimedUntil < now))
                .OrderBy(d => d.NextAttemptAt).Select(d => d.Id).Take(BatchSize).ToListAsync(cancellationToken);
            var occurrences = bus.IsHealthy
                ? await db.Set<IntegrationEvent>()
                    .Where(e => e.BusPublishedAt == null && e.BusNextAttemptAt <= now && (e.BusClaimedUntil == null || e.BusClaimedUntil < now))
                    .OrderBy(e => e.BusNextAttemptAt).Select(e => e.Id).Take(BatchSize).ToListAsync(cancellationToken)
                : [];
            if (deliveries.Count == 0 && occurrences.Count == 0)
            {
                break;
            }
            var sent = 0;
            await Parallel.ForEachAsync(deliveries, new ParallelOptions { MaxDegreeOfParallelism = Parallelism, CancellationToken = cancellationToken }, async (id, token) =>
            {
                await using var scope = scopes.CreateAsyncScope();
                if (await scope.ServiceProvider.GetRequiredService<WebhookSender>().SendAsync(id, token))
                {
                    Interlocked.Increment(ref sent);
                }
            });
            if (occurrences.Count > 0)
            {
                await using var publisher = scopes.CreateAsyncScope();
                sent += await publisher.ServiceProvider.GetRequiredService<BusPublisher>().PublishAsync(occurrences, cancellationToken);
            }
            done += sent;
            if (sent == 0)
            {
                break; // what is left failed again (and waits for its backoff) or is claimed elsewhere
            }
        }
        return done;
    }
}

/// <summary>One integration sweep per instance at a time, so that slow receivers never hold more than one Hangfire worker.</summary>
internal sealed class IntegrationSweepGate
{
    private readonly SemaphoreSlim _slot = new(1);

    public bool TryEnter() => _slot.Wait(0);

    public void Exit() => _slot.Release();
}
