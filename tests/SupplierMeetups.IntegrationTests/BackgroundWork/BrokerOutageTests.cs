using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using SupplierMeetups.IntegrationTests.Infrastructure;

namespace SupplierMeetups.IntegrationTests.BackgroundWork;

/// <summary>The platform on the real RabbitMQ, reached through a proxy the test can cut.</summary>
public sealed class BrokerBehindProxyFactory : PlatformFactory
{
    public BrokerBehindProxyFactory() : this(ProxyToBroker())
    {
    }

    private BrokerBehindProxyFactory(TcpProxy? proxy) : base(new Dictionary<string, string?>
    {
        ["Messaging:Transport"] = "RabbitMq",
        ["ConnectionStrings:RabbitMq"] = proxy is null ? null : $"amqp://guest:guest@127.0.0.1:{proxy.Port}/",
        // Long, so that a request waiting for the broker would show in the timings.
        ["Messaging:PublishTimeoutSeconds"] = "5",
    })
    {
        Proxy = proxy;
        Proxy?.Open();
    }

    public TcpProxy? Proxy { get; }

    private static TcpProxy? ProxyToBroker() =>
        TestEnvironment.RabbitMqIfAvailable is { } uri ? new TcpProxy(new Uri(uri).Host, new Uri(uri).Port) : null;

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (Proxy is not null) await Proxy.DisposeAsync();
    }
}

public sealed class BrokerOutageTests(BrokerBehindProxyFactory factory) : IClassFixture<BrokerBehindProxyFactory>
{
    [Fact]
    public async Task Registrations_WhileTheBrokerIsDown_SucceedAndTheirEmailsAreAllSentOnce()
    {
        Assert.SkipWhen(factory.Proxy is null, "no RabbitMQ: run tests/run.sh (under CI this fails instead)");
        var client = factory.Anonymous();
        await WaitForBusAsync("Healthy");
        var addresses = Enumerable.Range(1, 5).Select(i => $"kesinti-{i}-{Guid.NewGuid():N}@test.local").ToList();

        Assert.True(factory.Proxy!.OpenConnections > 0, "the host does not reach the broker through the proxy");
        factory.Proxy.Cut();
        var refusedDuringOutage = await ConnectionRefusedAsync(factory.Proxy.Port);
        var statuses = new List<HttpStatusCode>();
        var timings = new List<TimeSpan>();
        foreach (var address in addresses)
        {
            var watch = System.Diagnostics.Stopwatch.StartNew();
            statuses.Add((await client.PostAsJsonAsync("/api/v1/auth/register", new { email = address, password = "Güçlü!2025", fullName = "Kesinti Testi" }, TestContext.Current.CancellationToken)).StatusCode);
            timings.Add(watch.Elapsed);
        }
        await Eventually.TrueAsync(() => addresses.All(a => MailsTo(a) >= 1), TimeSpan.FromSeconds(45), "e-mails owed during the outage were not sent");
        factory.Proxy.Open();
        var afterwards = $"sonra-{Guid.NewGuid():N}@test.local";
        // MassTransit reconnects when it next has something to send.
        var registeredAfter = await client.PostAsJsonAsync("/api/v1/auth/register", new { email = afterwards, password = "Güçlü!2025", fullName = "Sonra" }, TestContext.Current.CancellationToken);
        await Eventually.TrueAsync(() => factory.Proxy.OpenConnections > 0, TimeSpan.FromSeconds(60), "the bus did not reconnect to the broker");
        await Eventually.TrueAsync(() => MailsTo(afterwards) == 1, TimeSpan.FromSeconds(30), "the e-mail after the outage was not sent");

        Assert.True(refusedDuringOutage, "the broker was still reachable during the outage");
        Assert.All(statuses, s => Assert.Equal(HttpStatusCode.Accepted, s));
        Assert.All(timings, t => Assert.True(t < TimeSpan.FromSeconds(4), $"a registration during the outage took {t.TotalSeconds:F1} s: it waited for the broker"));
        Assert.All(addresses, a => Assert.Equal(1, MailsTo(a)));
        Assert.Equal(HttpStatusCode.Accepted, registeredAfter.StatusCode);
    }

    private static async Task<bool> ConnectionRefusedAsync(int port)
    {
        using var probe = new System.Net.Sockets.TcpClient();
        try
        {
            await probe.ConnectAsync(IPAddress.Loopback, port, TestContext.Current.CancellationToken);
            return false;
        }
        catch (System.Net.Sockets.SocketException)
        {
            return true;
        }
    }

    private int MailsTo(string address) =>
        factory.MailFiles().Count(f => Eml.Read(f).To.Contains(address, StringComparison.OrdinalIgnoreCase));

    private async Task WaitForBusAsync(params string[] states)
    {
        var client = factory.Anonymous();
        var deadline = DateTime.UtcNow.AddSeconds(60);
        var last = "";
        while (DateTime.UtcNow < deadline)
        {
            var health = await client.GetAsync("/health", TestContext.Current.CancellationToken);
            var body = JsonDocument.Parse(await health.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
            last = body.RootElement.GetProperty("checks").TryGetProperty("masstransit-bus", out var bus) ? bus.GetString() ?? "" : "absent";
            if (states.Contains(last))
            {
                return;
            }
            await Task.Delay(250, TestContext.Current.CancellationToken);
        }
        Assert.Fail($"the bus never became {string.Join(" or ", states)} (last: {last})");
    }
}
