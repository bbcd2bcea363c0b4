using Hangfire;
using Microsoft.EntityFrameworkCore;
using SupplierMeetups.Web.Platform.Persistence;

namespace SupplierMeetups.Web.Platform.Email;

/// <summary>
/// Sends whatever the bus did not: messages skipped while the broker was down, lost in a crash, or claimed by an
/// instance that died. Recurring on every instance's Hangfire server; each run drains due e-mails batch after batch
/// until none is due, so a backlog never outgrows a fixed cap. Runs that overlap (a long backlog, two instances)
/// share the rows through the dispatcher's claims.
/// </summary>
internal sealed class EmailSweepJob(AppDbContext db, EmailDispatcher dispatcher, EmailSweepGate gate, Messaging.BusHealth bus, EmailOptions options, TimeProvider clock)
{
    public const int BatchSize = 200;

    [AutomaticRetry(Attempts = 0)] // the next occurrence sweeps again
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        using var entered = gate.TryEnter();
        if (entered is null)
        {
            return 0; // this instance already drains with as many runs as it spares workers for
        }
        var sent = 0;
        IReadOnlyList<Guid> previous = [];
        while (!cancellationToken.IsCancellationRequested)
        {
            var due = await DueAsync(cancellationToken);
            if (due.Count == 0 || due.SequenceEqual(previous))
            {
                break; // drained, or left with rows that no dispatch can change (claimed elsewhere this instant)
            }
            foreach (var id in due)
            {
                if (await dispatcher.DispatchAsync(id, cancellationToken)) sent++;
            }
            previous = due;
        }
        return sent;
    }

    private async Task<List<Guid>> DueAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        // While the bus is down nobody else will send these: no grace.
        var dueBefore = bus.IsHealthy ? now - TimeSpan.FromSeconds(options.SweepGraceSeconds) : now;
        return await db.Set<OutgoingEmail>()
            .Where(e => e.SentAt == null && e.FailedAt == null && e.NextAttemptAt <= dueBefore && (e.ClaimedUntil == null || e.ClaimedUntil < now))
            .OrderBy(e => e.NextAttemptAt)
            .Select(e => e.Id)
            .Take(BatchSize)
            .ToListAsync(cancellationToken);
    }
}

/// <summary>Lets at most all workers but one drain the outbox on this instance, so that other jobs still find a worker.</summary>
internal sealed class EmailSweepGate(Jobs.JobsOptions jobs)
{
    private readonly SemaphoreSlim _slots = new(Math.Max(1, jobs.WorkerCount - 1));

    public IDisposable? TryEnter() => _slots.Wait(0) ? new Slot(_slots) : null;

    private sealed class Slot(SemaphoreSlim slots) : IDisposable
    {
        public void Dispose() => slots.Release();
    }
}
