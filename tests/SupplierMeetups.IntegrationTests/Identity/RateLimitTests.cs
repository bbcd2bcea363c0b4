using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using SupplierMeetups.IntegrationTests.Infrastructure;

namespace SupplierMeetups.IntegrationTests.Identity;

/// <summary>
/// A host with the low limits production would have, unlike the other tests' hosts. TestServer has no client
/// address, so each request gets the one named in X-Test-Remote, or an address that is no proxy.
/// </summary>
public sealed class LowRateLimitsFactory() : PlatformFactory(new Dictionary<string, string?>
{
    ["RateLimits:SignIn:PermitLimit"] = "3",
    ["RateLimits:SignIn:WindowSeconds"] = "600",
    ["RateLimits:Registration:PermitLimit"] = "2",
    ["RateLimits:Registration:WindowSeconds"] = "600",
    ["RateLimits:PasswordResetPerMailbox:PermitLimit"] = "2",
    ["RateLimits:PasswordResetPerMailbox:WindowSeconds"] = "600",
})
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(s => s.AddSingleton<IStartupFilter, RemoteAddressFromTestHeader>());
    }

    private sealed class RemoteAddressFromTestHeader : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((http, nextMiddleware) =>
            {
                http.Connection.RemoteIpAddress = IPAddress.Parse(http.Request.Headers["X-Test-Remote"].FirstOrDefault() ?? "198.51.100.7");
                return nextMiddleware(http);
            });
            next(app);
        };
    }
}

public sealed class RateLimitTests(LowRateLimitsFactory factory) : IClassFixture<LowRateLimitsFactory>
{
    [Theory]
    [InlineData("tr-TR", "Çok fazla deneme: lütfen")]
    [InlineData("en-US", "Too many attempts: please wait")]
    public async Task ApiLogin_WhenOverTheLimit_Answers429WithRetryAfterInTheUsersLanguage(string language, string detailStart)
    {
        await using var host = new LowRateLimitsFactory();
        var client = host.Anonymous(language);
        for (var i = 0; i < 3; i++)
        {
            await client.PostAsJsonAsync("/api/v1/auth/login", new { email = "kimse@test.local", password = "Yanlış!2025x" }, TestContext.Current.CancellationToken);
        }

        var response = await client.PostAsJsonAsync("/api/v1/auth/login", new { email = "kimse@test.local", password = "Yanlış!2025x" }, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.True(response.Headers.RetryAfter?.Delta > TimeSpan.Zero, "no Retry-After");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith(detailStart, (await response.JsonAsync()).GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Register_WhenOverTheLimitWithForgedForwardedFor_StillAnswers429()
    {
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/auth/register")
            {
                Content = JsonContent.Create(new { email = $"kayit-{Guid.NewGuid():N}@test.local", password = "Güçlü!2025", fullName = "Sınır Testi" }),
            };
            request.Headers.Add("X-Forwarded-For", $"203.0.113.{i + 1}");
            statuses.Add((await factory.Anonymous().SendAsync(request, TestContext.Current.CancellationToken)).StatusCode);
        }

        Assert.Equal([HttpStatusCode.Accepted, HttpStatusCode.Accepted, HttpStatusCode.TooManyRequests], statuses);
    }

    [Fact]
    public async Task Register_WhenForwardedByTheLoopbackProxy_CountsPerForwardedClient()
    {
        await using var host = new LowRateLimitsFactory();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/auth/register")
            {
                Content = JsonContent.Create(new { email = $"kayit-{Guid.NewGuid():N}@test.local", password = "Güçlü!2025", fullName = "Vekil Testi" }),
            };
            request.Headers.Add("X-Test-Remote", "127.0.0.1");
            request.Headers.Add("X-Forwarded-For", $"203.0.113.{i + 1}");
            statuses.Add((await host.Anonymous().SendAsync(request, TestContext.Current.CancellationToken)).StatusCode);
        }

        Assert.All(statuses, s => Assert.Equal(HttpStatusCode.Accepted, s));
    }

    [Fact]
    public async Task ForgotPassword_WhenOneMailboxAskedTooOften_Answers429ForThatMailboxOnly()
    {
        var client = factory.Anonymous("en-US");
        var target = $"hedef-{Guid.NewGuid():N}@test.local";
        for (var i = 0; i < 2; i++)
        {
            await client.PostAsJsonAsync("/api/v1/auth/forgot-password", new { email = target }, TestContext.Current.CancellationToken);
        }

        var again = await client.PostAsJsonAsync("/api/v1/auth/forgot-password", new { email = target }, TestContext.Current.CancellationToken);
        var other = await client.PostAsJsonAsync("/api/v1/auth/forgot-password", new { email = $"baska-{Guid.NewGuid():N}@test.local" }, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.TooManyRequests, again.StatusCode);
        Assert.NotNull(again.Headers.RetryAfter);
        Assert.Equal(HttpStatusCode.Accepted, other.StatusCode);
    }

    [Fact]
    public async Task PageLogin_WhenOverTheLimit_ShowsATurkishErrorPageWith429()
    {
        await using var host = new LowRateLimitsFactory();
        var client = host.Anonymous("tr-TR");
        client.DefaultRequestHeaders.Accept.ParseAdd("text/html");
        HttpResponseMessage response = null!;
        for (var i = 0; i < 4; i++)
        {
            response = await client.PostFormAsync("/account/login", new() { ["Input.Email"] = "kimse@test.local", ["Input.Password"] = "Yanlış!2025x" });
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.NotNull(response.Headers.RetryAfter);
        Assert.Contains("Çok fazla deneme", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }
}
