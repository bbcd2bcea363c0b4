using Quartz;

namespace SupplierMeetups.Web.Matchmaking.Reminders;

/// <summary>Hourly; on a cluster one instance runs it at a time, and the reminder rows make a rerun harmless.</summary>
[DisallowConcurrentExecution]
internal sealed class AgendaReminderJob(AgendaReminders reminders, TimeProvider clock) : IJob
{
    public static readonly JobKey Key = new("agenda-reminders", "matchmaking");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) =>
        await reminders.SendDueAsync(clock.GetUtcNow(), cancellationToken);
}
