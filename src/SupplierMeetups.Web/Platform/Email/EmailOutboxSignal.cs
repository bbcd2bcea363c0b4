using System.Data.Common;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace SupplierMeetups.Web.Platform.Email;

/// <summary>
/// Publishes <see cref="EmailQueued"/> for each e-mail row once it is durable: right after SaveChanges, or, inside
/// an explicit transaction, after the commit. The publish runs in the background, so a request never waits for the
/// broker; while the bus is unhealthy it is skipped. Nothing is lost either way: the sweep job finds the row.
/// </summary>
internal sealed class EmailOutboxSignal(IBus bus, Messaging.BusHealth health, Messaging.MessagingOptions messaging, ILogger<EmailOutboxSignal> logger) : SaveChangesInterceptor, IDbTransactionInterceptor
{
    private readonly List<Guid> _pending = [];

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Collect(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Collect(eventData.Context);
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context?.Database.CurrentTransaction is null)
        {
            PublishPending();
        }
        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        if (eventData.Context?.Database.CurrentTransaction is null)
        {
            PublishPending();
        }
        return result;
    }

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        PublishPending();
        return Task.CompletedTask;
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => PublishPending();

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        _pending.Clear();
        return Task.CompletedTask;
    }

    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => _pending.Clear();

    private void Collect(DbContext? context)
    {
        if (context is null) return;
        _pending.AddRange(context.ChangeTracker.Entries<OutgoingEmail>()
            .Where(e => e.State == EntityState.Added)
            .Select(e => e.Entity.Id));
    }

    private void PublishPending()
    {
        if (_pending.Count == 0) return;
        var ids = _pending.ToArray();
        _pending.Clear();
        _ = Task.Run(() => PublishAsync(ids));
    }

    private async Task PublishAsync(Guid[] ids)
    {
        try
        {
            var patience = TimeSpan.FromSeconds(messaging.PublishTimeoutSeconds);
            if (!await health.WaitUntilHealthyAsync(patience, CancellationToken.None))
            {
                logger.LogInformation("The bus is not healthy: {Count} queued e-mails are left to the sweep job", ids.Length);
                return;
            }
            using var timeout = new CancellationTokenSource(patience);
            foreach (var id in ids)
            {
                await bus.Publish(new EmailQueued(id), timeout.Token);
            }
        }
        catch (Exception ex)
        {
            logger.LogWarning(ex, "Could not publish {Count} queued e-mails now; the sweep job will send them", ids.Length);
        }
    }
}
