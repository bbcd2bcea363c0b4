using System.Collections.Concurrent;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Quartz;
using SupplierMeetups.IntegrationTests.Infrastructure;

namespace SupplierMeetups.IntegrationTests.BackgroundWork;

/// <summary>Records every run, with the scheduler instance that ran it.</summary>
public sealed class CountingJob : IJob
{
    public static readonly JobKey Key = new("counting", "tests");
    public static readonly ConcurrentBag<(string Instance, string Trigger)> Runs = [];

    public ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        Runs.Add((context.Scheduler.SchedulerInstanceId, context.Trigger.Key.Name));
        return ValueTask.CompletedTask;
    }
}

/// <summary>An instance of the platform on a PostgreSQL database it may share with another instance.</summary>
public sealed class ClusterNode(string? postgresServer, ClusterNode? joining = null)
    : PlatformFactory(new Dictionary<string, string?>(), postgresServer, joining)
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services => services.AddQuartz(q => q.AddJob<CountingJob>(j => j.WithIdentity(CountingJob.Key).StoreDurably())));
    }
}

public sealed class ClusteredJobsTests
{
    [Fact]
    public async Task ScheduledJobs_WithTwoInstancesOnOnePostgres_EachRunOnce()
    {
        var server = TestEnvironment.PostgresIfAvailable;
        Assert.SkipWhen(server is null, "no PostgreSQL: run tests/run.sh (under CI this fails instead)");
        await using var first = new ClusterNode(server);
        first.CreateClient();
        await using var second = new ClusterNode(server, joining: first);
        second.CreateClient();
        var schedulerA = await first.Services.GetRequiredService<ISchedulerFactory>().GetScheduler(TestContext.Current.CancellationToken);
        var schedulerB = await second.Services.GetRequiredService<ISchedulerFactory>().GetScheduler(TestContext.Current.CancellationToken);
        var prefix = Guid.NewGuid().ToString("N")[..8];
        var triggers = Enumerable.Range(1, 8).Select(i => $"{prefix}-{i}").ToList();

        foreach (var name in triggers)
        {
            await schedulerA.ScheduleJob(TriggerBuilder.Create().WithIdentity(name, "tests").ForJob(CountingJob.Key)
                .StartAt(DateTimeOffset.UtcNow.AddSeconds(2)).Build(), new ScheduleJobOptions(), TestContext.Current.CancellationToken);
        }
        await Eventually.TrueAsync(() => RunsOf(prefix).Count >= triggers.Count, TimeSpan.FromSeconds(60), "the scheduled jobs did not all run");
        await Task.Delay(TimeSpan.FromSeconds(5), TestContext.Current.CancellationToken); // time for a second run, which must not come

        var runs = RunsOf(prefix);
        Assert.True((await schedulerA.GetMetadata(TestContext.Current.CancellationToken)).JobStoreClustered);
        Assert.NotEqual(schedulerA.SchedulerInstanceId, schedulerB.SchedulerInstanceId);
        Assert.Equal(triggers.Order(StringComparer.Ordinal), runs.Select(r => r.Trigger).Order(StringComparer.Ordinal));
    }

    private static List<(string Instance, string Trigger)> RunsOf(string prefix) =>
        CountingJob.Runs.Where(r => r.Trigger.StartsWith(prefix, StringComparison.Ordinal)).ToList();
}
