using System.Linq.Expressions;
using Hangfire;

namespace SupplierMeetups.Web.Platform.Jobs;

/// <summary>A recurring job a module owns; registered with Hangfire at every start, so losing in-memory job state loses nothing.</summary>
internal sealed record RecurringJobDefinition(string Id, string Cron, Action<IRecurringJobManager, string, string> Register);

internal static class RecurringJobs
{
    public static IServiceCollection AddRecurringJob<TJob>(this IServiceCollection services, string id, string cron, Expression<Func<TJob, Task>> run)
        where TJob : class
    {
        services.AddScoped<TJob>();
        services.AddSingleton(new RecurringJobDefinition(id, cron, (manager, jobId, jobCron) =>
            manager.AddOrUpdate(jobId, run, jobCron, new RecurringJobOptions { TimeZone = TimeZoneInfo.Utc })));
        return services;
    }
}

/// <summary>
/// Puts every module's recurring jobs into the job storage when the host starts (idempotent on a shared store). A
/// definition that cannot be written now (its lock still held by an instance that crashed) is retried in the
/// background instead of failing the start: the stored definition from the last start stays in force meanwhile.
/// </summary>
internal sealed class RecurringJobsRegistration(IEnumerable<RecurringJobDefinition> definitions, IRecurringJobManager manager, ILogger<RecurringJobsRegistration> logger) : IHostedService
{
    private static readonly TimeSpan RetryEvery = TimeSpan.FromSeconds(5);
    private readonly CancellationTokenSource _stopping = new();
    private Task _retries = Task.CompletedTask;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        var pending = definitions.Where(d => !TryRegister(d)).ToList();
        if (pending.Count > 0)
        {
            _retries = Task.Run(() => RetryAsync(pending, _stopping.Token), CancellationToken.None);
        }
        return Task.CompletedTask;
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        await _stopping.CancelAsync();
        await _retries.WaitAsync(cancellationToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
    }

    private async Task RetryAsync(List<RecurringJobDefinition> pending, CancellationToken stopping)
    {
        while (pending.Count > 0 && !stopping.IsCancellationRequested)
        {
            await Task.Delay(RetryEvery, stopping).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            pending.RemoveAll(d => !stopping.IsCancellationRequested && TryRegister(d));
        }
    }

    private bool TryRegister(RecurringJobDefinition definition)
    {
        try
        {
            definition.Register(manager, definition.Id, definition.Cron);
            return true;
        }
        catch (Exception ex)
        {
            logger.LogWarning(ex, "Recurring job {Id} could not be registered now; trying again in {Seconds} s", definition.Id, RetryEvery.TotalSeconds);
            return false;
        }
    }
}
