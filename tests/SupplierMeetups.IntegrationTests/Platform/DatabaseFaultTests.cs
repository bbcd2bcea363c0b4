using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Npgsql;
using SupplierMeetups.IntegrationTests.Infrastructure;

namespace SupplierMeetups.IntegrationTests.Platform;

/// <summary>The platform on a PostgreSQL database of its own, reached through a proxy the test can cut.</summary>
public sealed class DatabaseBehindProxyFactory : PlatformFactory
{
    public DatabaseBehindProxyFactory() : this(TestEnvironment.PostgresIfAvailable)
    {
    }

    private DatabaseBehindProxyFactory(string? server) : base(new Dictionary<string, string?>(), server)
    {
        if (server is null)
        {
            return;
        }
        var target = new NpgsqlConnectionStringBuilder(server);
        Proxy = new TcpProxy(target.Host!, target.Port);
        Proxy.Open();
    }

    public TcpProxy? Proxy { get; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        if (Proxy is not null)
        {
            var proxied = new NpgsqlConnectionStringBuilder(PostgresConnectionString) { Host = "127.0.0.1", Port = Proxy.Port };
            builder.UseSetting("ConnectionStrings:Default", proxied.ConnectionString);
        }
    }

    /// <summary>Kills every session of the app's database on the server itself, as a restart or an administrator would.</summary>
    public async Task TerminateAppConnectionsAsync()
    {
        await using var connection = new NpgsqlConnection(PostgresConnectionString);
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = new NpgsqlCommand("SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()", connection);
        await command.ExecuteScalarAsync(TestContext.Current.CancellationToken);
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (Proxy is not null) await Proxy.DisposeAsync();
    }
}

/// <summary>While the database is away people and programs hear 503 with Retry-After, never 500; afterwards it works again without a restart.</summary>
public sealed class DatabaseFaultTests(DatabaseBehindProxyFactory factory) : IClassFixture<DatabaseBehindProxyFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Requests_WhenPostgresConnectionsAreKilledAndTheServerIsAway_Answer503NeverA500AndRecover()
    {
        Assert.SkipWhen(factory.Proxy is null, "no PostgreSQL: run tests/run.sh (under CI this fails instead)");
        var api = factory.Anonymous();
        var pages = factory.Anonymous();
        pages.DefaultRequestHeaders.Accept.ParseAdd("text/html");
        await WarmUpAsync(api);
        var answers = new List<HttpResponseMessage>();

        await factory.TerminateAppConnectionsAsync();
        answers.AddRange(await RoundAsync(api, pages));
        factory.Proxy!.Cut();
        var duringOutage = await RoundAsync(api, pages);
        var readyDuringOutage = await api.GetAsync("/health/ready", Ct);
        var liveDuringOutage = await api.GetAsync("/health/live", Ct);
        factory.Proxy.Open();
        var recovered = await RecoverAsync(api);
        answers.AddRange(duringOutage);

        Assert.DoesNotContain(answers, a => (int)a.StatusCode >= 500 && a.StatusCode != HttpStatusCode.ServiceUnavailable);
        Assert.All(duringOutage, a => Assert.Equal(HttpStatusCode.ServiceUnavailable, a.StatusCode));
        Assert.All(duringOutage, a => Assert.Equal("5", a.Headers.RetryAfter?.Delta?.TotalSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        var problem = duringOutage.First(a => a.Content.Headers.ContentType?.MediaType == "application/problem+json");
        Assert.Equal("Hizmete kısa bir süre ulaşılamıyor. Lütfen birkaç saniye sonra yeniden deneyin.", (await problem.JsonAsync()).GetProperty("title").GetString());
        var page = duringOutage.First(a => a.Content.Headers.ContentType?.MediaType == "text/html");
        Assert.NotNull((await page.HtmlAsync()).QuerySelector("[data-testid=unavailable]"));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, readyDuringOutage.StatusCode);
        Assert.Equal(HttpStatusCode.OK, liveDuringOutage.StatusCode);
        Assert.True(recovered, "the platform did not recover after the database came back");
    }

    private static async Task WarmUpAsync(HttpClient api) =>
        (await api.GetAsync("/api/v1/events", Ct)).EnsureSuccessStatusCode();

    /// <summary>A read and a write for programs, and a page for people.</summary>
    private static async Task<List<HttpResponseMessage>> RoundAsync(HttpClient api, HttpClient pages)
    {
        var answers = new List<HttpResponseMessage>();
        for (var i = 0; i < 3; i++)
        {
            answers.Add(await api.GetAsync("/api/v1/events", Ct));
            answers.Add(await api.PostAsJsonAsync("/api/v1/auth/register", new { email = $"kesinti-{Guid.NewGuid():N}@test.local", password = "Güçlü!2025", fullName = "Kesinti" }, Ct));
            answers.Add(await pages.GetAsync("/", Ct));
        }
        return answers;
    }

    private static async Task<bool> RecoverAsync(HttpClient api)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (DateTime.UtcNow < deadline)
        {
            var answer = await api.GetAsync("/api/v1/events", Ct);
            Assert.NotEqual(HttpStatusCode.InternalServerError, answer.StatusCode);
            if (answer.IsSuccessStatusCode && (await api.GetAsync("/health/ready", Ct)).IsSuccessStatusCode)
            {
                return true;
            }
            await Task.Delay(200, Ct);
        }
        return false;
    }
}
