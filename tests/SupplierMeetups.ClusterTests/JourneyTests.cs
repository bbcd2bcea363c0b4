using SupplierMeetups.Cluster;

namespace SupplierMeetups.ClusterTests;

[Collection(ClusterCollection.Name)]
public sealed class JourneyTests(ClusterFixture fixture)
{
    private Cluster.Cluster Cluster => fixture.Cluster;

    [Fact]
    public async Task Journey_WhenEveryStepGoesThroughTheBalancer_DeliversEachOwedEmailExactlyOnce()
    {
        var ct = TestContext.Current.CancellationToken;
        await Cluster.EnsureWholeAsync(ct);
        var domain = $"journey-{Guid.NewGuid():N}"[..16] + ".test";
        var tally = new HttpTally();
        var journey = new Journey(Cluster, domain, tally);

        var badgeBytes = await journey.RunAsync(ct);
        var mail = await Cluster.Mail.SettleAsync(domain, journey.Owed, TimeSpan.FromSeconds(60), ct);

        TestContext.Current.TestOutputHelper?.WriteLine($"journey: badge {badgeBytes} bytes, {tally.Describe()}; {mail.Describe()}\n{fixture.TakeLog()}");
        Assert.True(tally.Failures.Count == 0, tally.Describe());
        Assert.True(mail.Clean, mail.Describe());
        Assert.Equal(journey.Owed.Values.Sum(), mail.Rows.Count);
    }
}
