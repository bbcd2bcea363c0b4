using Hangfire;

namespace SupplierMeetups.Web.Matchmaking.Reminders;

/// <summary>Hourly; one instance runs each occurrence, and the reminder rows make a rerun (or an overlap) harmless.</summary>
internal sealed class AgendaReminderJob(AgendaReminders reminders, TimeProvider clock)
{
    public const string Id = "agenda-reminders";

    [AutomaticRetry(Attempts = 0)] // the next hour tries again
    public Task RunAsync(CancellationToken cancellationToken) =>
        reminders.SendDueAsync(clock.GetUtcNow(), cancellationToken);
}
