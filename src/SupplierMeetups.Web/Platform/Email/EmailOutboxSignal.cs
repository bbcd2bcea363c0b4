using System.Data.Common;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace SupplierMeetups.Web.Platform.Email;

/// <summary>
/// Publishes <see cref="EmailQueued"/> for each e-mail row once it is durable: right after SaveChanges, or, inside
/// an explicit transaction, after the commit. If the publish fails (broker down) nothing is lost: the sweep job
/// finds the row.
/// </summary>
internal sealed class EmailOutboxSignal(IBus bus, Messaging.MessagingOptions messaging, ILogger<EmailOutboxSignal> logger) : SaveChangesInterceptor, IDbTransactionInterceptor
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

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context?.Database.CurrentTransaction is null)
        {
            await PublishPendingAsync();
        }
        return result;
    }

    public async Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default) =>
        await PublishPendingAsync();

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) =>
        PublishPendingAsync().GetAwaiter().GetResult();

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

    private async Task PublishPendingAsync()
    {
        if (_pending.Count == 0) return;
        var ids = _pending.ToArray();
        _pending.Clear();
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(messaging.PublishTimeoutSeconds));
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
