using SupplierMeetups.Cluster;

namespace SupplierMeetups.ClusterTests;

/// <summary>
/// Each fault under load must lose no e-mail and send none twice (counted per recipient and kind, from the outbox rows
/// and the shared pickup folder), answer no 5xx but 503 through the balancer, and end with both instances serving
/// without anybody restarting them (the killed one is started again, as its supervisor would).
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class FaultTrialTests(ClusterFixture fixture)
{
    private Cluster.Cluster Cluster => fixture.Cluster;

    [Fact]
    public async Task KillNine_WhenOneInstanceDiesUnderLoad_LosesAndDoublesNoEmailAndAnswersNo5xx()
    {
        var outcome = await FaultTrial.RunAsync(Cluster, "kill", async ct =>
        {
            await Cluster.Instances[0].KillAsync();
            await Task.Delay(TimeSpan.FromSeconds(10), ct);
            await Cluster.Instances[0].StartAsync(ct);
        }, new TrialShape { KeepProcess = [1] }, TestContext.Current.CancellationToken);

        Report(outcome);
    }

    [Fact]
    public async Task BrokerStop_WhenRabbitMqIsDownForAMinuteUnderLoad_LosesAndDoublesNoEmailAndRecoversWithoutRestart()
    {
        var outcome = await FaultTrial.RunAsync(Cluster, "broker", async ct =>
        {
            await Cluster.Services.StopBrokerAsync(ct);
            await Task.Delay(TimeSpan.FromSeconds(60), ct);
            await Cluster.Services.StartBrokerAsync(ct);
        }, new TrialShape { Pause = TimeSpan.FromMilliseconds(250) }, TestContext.Current.CancellationToken);

        Report(outcome);
    }

    [Fact]
    public async Task PostgresRestart_WhenTheDatabaseRestartsUnderLoad_LosesAndDoublesNoEmailAndRecoversWithoutRestart()
    {
        var outcome = await FaultTrial.RunAsync(Cluster, "postgres", async ct =>
        {
            await Cluster.Services.StopPostgresAsync(ct);
            await Task.Delay(TimeSpan.FromSeconds(2), ct);
            await Cluster.Services.StartPostgresAsync(ct);
        }, new TrialShape(), TestContext.Current.CancellationToken);

        Report(outcome);
    }

    private void Report(TrialOutcome outcome)
    {
        TestContext.Current.TestOutputHelper?.WriteLine(outcome.Describe() + "\n" + fixture.TakeLog());
        Assert.True(outcome.Load.Registered.Count > 0, "no visitor got registered");
        Assert.True(outcome.Passed, outcome.Describe());
    }
}
