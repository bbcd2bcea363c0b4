using System.Net;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using SupplierMeetups.IntegrationTests.BackgroundWork;
using SupplierMeetups.IntegrationTests.Infrastructure;

namespace SupplierMeetups.IntegrationTests.Platform;

public sealed class HealthTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Health_WhenEverythingIsUp_LiveReadyAndHealthAnswer200()
    {
        var client = factory.Anonymous();
        // On RabbitMQ the bus connects a moment after the host starts; "everything is up" begins once it has.
        await Eventually.TrueAsync(() => client.GetAsync("/health/ready", Ct).GetAwaiter().GetResult().StatusCode == HttpStatusCode.OK,
            TimeSpan.FromSeconds(30), "readiness never answered 200 with the database and the bus up");

        var live = await client.GetAsync("/health/live", Ct);
        var ready = await client.GetAsync("/health/ready", Ct);
        var health = await client.GetAsync("/health", Ct);

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK), (live.StatusCode, ready.StatusCode, health.StatusCode));
        Assert.Equal("Healthy", (await ready.JsonAsync()).GetProperty("checks").GetProperty("database").GetString());
        Assert.Empty((await live.JsonAsync()).GetProperty("checks").EnumerateObject());
    }

    [Theory]
    [InlineData(HealthStatus.Degraded)]
    [InlineData(HealthStatus.Unhealthy)]
    public async Task Health_WhenADependencyIsNotHealthy_ReadinessAnswers503AndLivenessStays200(HealthStatus status)
    {
        await using var degraded = factory.WithWebHostBuilder(b => b.ConfigureTestServices(services =>
            services.AddHealthChecks().AddCheck("test-dependency", () => new HealthCheckResult(status))));
        var client = degraded.CreateClient();

        var live = await client.GetAsync("/health/live", Ct);
        var ready = await client.GetAsync("/health/ready", Ct);
        var health = await client.GetAsync("/health", Ct);

        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal((HttpStatusCode.ServiceUnavailable, HttpStatusCode.ServiceUnavailable), (ready.StatusCode, health.StatusCode));
        Assert.Equal(status.ToString(), (await ready.JsonAsync()).GetProperty("checks").GetProperty("test-dependency").GetString());
    }
}

/// <summary>The real broker taken away: the bus check leaves Healthy and readiness must follow.</summary>
public sealed class BusReadinessTests(BrokerBehindProxyFactory factory) : IClassFixture<BrokerBehindProxyFactory>
{
    [Fact]
    public async Task Ready_WhenTheBrokerIsCut_Answers503WhileLiveStays200()
    {
        Assert.SkipWhen(factory.Proxy is null, "no RabbitMQ: run tests/run.sh (under CI this fails instead)");
        var client = factory.Anonymous();
        await UntilAsync(client, HttpStatusCode.OK, "never ready with the broker up");

        factory.Proxy!.Cut();
        try
        {
            await UntilAsync(client, HttpStatusCode.ServiceUnavailable, "readiness stayed green without the broker");
            var live = await client.GetAsync("/health/live", TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        }
        finally
        {
            factory.Proxy.Open();
        }
    }

    private static async Task UntilAsync(HttpClient client, HttpStatusCode wanted, string message)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while ((await client.GetAsync("/health/ready", TestContext.Current.CancellationToken)).StatusCode != wanted)
        {
            Assert.True(DateTime.UtcNow < deadline, message);
            await Task.Delay(250, TestContext.Current.CancellationToken);
        }
    }
}
