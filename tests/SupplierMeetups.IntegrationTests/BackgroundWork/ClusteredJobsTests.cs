using System.Collections.Concurrent;
using Hangfire;
using Microsoft.Extensions.DependencyInjection;
using SupplierMeetups.IntegrationTests.Infrastructure;

namespace SupplierMeetups.IntegrationTests.BackgroundWork;

/// <summary>Records every run of a background job.</summary>
public sealed class CountingJob
{
    public static readonly ConcurrentBag<string> Runs = [];

    public void Run(string marker) => Runs.Add(marker);
}

/// <summary>An instance of the platform on a PostgreSQL database it may share with another instance.</summary>
public sealed class ClusterNode(string? postgresServer, ClusterNode? joining = null)
    : PlatformFactory(new Dictionary<string, string?>(), postgresServer, joining);

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
        var client = first.Services.GetRequiredService<IBackgroundJobClient>();
        var prefix = Guid.NewGuid().ToString("N")[..8];
        var markers = Enumerable.Range(1, 8).Select(i => $"{prefix}-{i}").ToList();

        foreach (var marker in markers)
        {
            client.Schedule<CountingJob>(j => j.Run(marker), TimeSpan.FromSeconds(2));
        }
        await Eventually.TrueAsync(() => RunsOf(prefix).Count >= markers.Count, TimeSpan.FromSeconds(60), "the scheduled jobs did not all run");
        await Task.Delay(TimeSpan.FromSeconds(5), TestContext.Current.CancellationToken); // time for a second run, which must not come

        var servers = first.Services.GetRequiredService<JobStorage>().GetMonitoringApi().Servers();
        Assert.True(servers.Count >= 2, $"the two instances do not share one job storage ({servers.Count} servers)");
        Assert.Equal(markers.Order(StringComparer.Ordinal), RunsOf(prefix).Order(StringComparer.Ordinal));
    }

    private static List<string> RunsOf(string prefix) =>
        CountingJob.Runs.Where(r => r.StartsWith(prefix, StringComparison.Ordinal)).ToList();
}
