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

/// <summary>Puts every module's recurring jobs into the job storage when the host starts (idempotent on a shared store).</summary>
internal sealed class RecurringJobsRegistration(IEnumerable<RecurringJobDefinition> definitions, IRecurringJobManager manager) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        foreach (var definition in definitions)
        {
            definition.Register(manager, definition.Id, definition.Cron);
        }
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
