using MassTransit;
using Microsoft.EntityFrameworkCore;
using SupplierMeetups.Web.Platform.Email;
using SupplierMeetups.Web.Platform.Persistence;

namespace SupplierMeetups.Web.Platform.Operations;

public sealed record OutboxSummary(int Waiting, int Retrying, int Failed, int SentLastDay);

public sealed record StuckEmail(Guid Id, string Kind, string ToAddress, string Subject, int Attempts, string? LastError, DateTimeOffset CreatedAt, DateTimeOffset NextAttemptAt, DateTimeOffset? FailedAt);

/// <summary>What organizers see of the background work, and the retry they can ask for.</summary>
public sealed class OutboxOperations(AppDbContext db, IBus bus, TimeProvider clock)
{
    public async Task<OutboxSummary> SummaryAsync(CancellationToken cancellationToken)
    {
        var since = clock.GetUtcNow().AddDays(-1);
        var emails = db.Set<OutgoingEmail>();
        return new OutboxSummary(
            await emails.CountAsync(e => e.SentAt == null && e.FailedAt == null && e.Attempts == 0, cancellationToken),
            await emails.CountAsync(e => e.SentAt == null && e.FailedAt == null && e.Attempts > 0, cancellationToken),
            await emails.CountAsync(e => e.FailedAt != null, cancellationToken),
            await emails.CountAsync(e => e.SentAt != null && e.SentAt >= since, cancellationToken));
    }

    /// <summary>E-mails that failed for good or are retrying after an error, newest first.</summary>
    public async Task<IReadOnlyList<StuckEmail>> TroubleAsync(CancellationToken cancellationToken)
    {
        var rows = await db.Set<OutgoingEmail>().AsNoTracking()
            .Where(e => e.SentAt == null && (e.FailedAt != null || e.Attempts > 0))
            .OrderByDescending(e => e.CreatedAt).Take(200)
            .ToListAsync(cancellationToken);
        return rows.Select(e => new StuckEmail(e.Id, e.Kind, e.ToAddress, e.Subject, e.Attempts, e.LastError, e.CreatedAt, e.NextAttemptAt, e.FailedAt)).ToList();
    }

    /// <summary>Gives a failed or retrying e-mail a fresh set of attempts, starting now.</summary>
    public async Task<bool> RetryAsync(Guid emailId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var changed = await db.Set<OutgoingEmail>()
            .Where(e => e.Id == emailId && e.SentAt == null && e.CancelledAt == null)
            .ExecuteUpdateAsync(s => s
                .SetProperty(e => e.FailedAt, (DateTimeOffset?)null)
                .SetProperty(e => e.Attempts, 0)
                .SetProperty(e => e.NextAttemptAt, now)
                .SetProperty(e => e.ClaimedUntil, (DateTimeOffset?)null), cancellationToken);
        if (changed == 0)
        {
            return false;
        }
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(3));
            await bus.Publish(new EmailQueued(emailId), timeout.Token);
        }
        catch (Exception ex) when (ex is OperationCanceledException or MassTransitException)
        {
            // The sweep job sends it; the bus only makes it faster.
        }
        return true;
    }
}
