using Microsoft.EntityFrameworkCore;
using Quartz;
using SupplierMeetups.Web.Platform.Persistence;

namespace SupplierMeetups.Web.Platform.Email;

/// <summary>Sends whatever the bus did not: messages published while the broker was down, or lost in a crash.</summary>
[DisallowConcurrentExecution]
internal sealed class EmailSweepJob(AppDbContext db, EmailDispatcher dispatcher, EmailOptions options, TimeProvider clock) : IJob
{
    public static readonly JobKey Key = new("email-sweep", "platform");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var dueBefore = now - TimeSpan.FromSeconds(options.SweepGraceSeconds);
        var due = await db.Set<OutgoingEmail>()
            .Where(e => e.SentAt == null && e.FailedAt == null && e.NextAttemptAt <= dueBefore && (e.ClaimedUntil == null || e.ClaimedUntil < now))
            .OrderBy(e => e.NextAttemptAt)
            .Select(e => e.Id)
            .Take(500)
            .ToListAsync(cancellationToken);
        foreach (var id in due)
        {
            await dispatcher.DispatchAsync(id, cancellationToken);
        }
    }
}
