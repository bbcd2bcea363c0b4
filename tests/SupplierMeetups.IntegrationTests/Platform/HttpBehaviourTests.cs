using System.Net;
using System.Net.Http.Json;
using System.Text;
using SupplierMeetups.IntegrationTests.Infrastructure;

namespace SupplierMeetups.IntegrationTests.Platform;

public sealed class HttpBehaviourTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    [Fact]
    public async Task Health_WhenDatabaseReachable_ReportsHealthy()
    {
        var response = await factory.Anonymous().GetAsync("/health", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.JsonAsync();
        Assert.Equal("Healthy", body.GetProperty("status").GetString());
        Assert.Equal("Healthy", body.GetProperty("checks").GetProperty("database").GetString());
    }

    [Fact]
    public async Task UnknownApiRoute_WhenRequested_AnswersProblemDetails404()
    {
        var response = await factory.Anonymous().GetAsync("/api/v1/no-such-thing", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(404, (await response.JsonAsync()).GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task WrongMethod_WhenUsed_AnswersProblemDetails405()
    {
        var response = await factory.Anonymous().DeleteAsync("/api/v1/events", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task OversizeBody_WhenPosted_AnswersProblemDetails413WithoutStackTrace()
    {
        var client = factory.Anonymous();
        var huge = new StringContent(new string('x', 13 * 1024 * 1024), Encoding.UTF8, "application/json");

        var response = await client.PostAsync("/api/v1/auth/login", huge, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Contains("\"status\":413", text);
        Assert.DoesNotContain("   at ", text);
    }

    [Fact]
    public async Task MalformedJson_WhenPosted_AnswersValidationProblem()
    {
        var response = await factory.Anonymous().PostAsync("/api/v1/auth/login",
            new StringContent("{\"email\": ", Encoding.UTF8, "application/json"), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.JsonAsync()).TryGetProperty("errors", out _));
    }

    [Fact]
    public async Task UnknownPage_WhenBrowsed_ShowsTurkishNotFoundPageWith404()
    {
        var client = factory.Anonymous();
        client.DefaultRequestHeaders.Accept.ParseAdd("text/html");

        var response = await client.GetAsync("/no-such-page", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("Bu sayfa yok.", (await response.HtmlAsync()).QuerySelector("h1")?.TextContent);
    }

    [Fact]
    public async Task OpenApi_WhenRequested_DescribesTheApi()
    {
        var document = await factory.Anonymous().GetFromJsonAsync<System.Text.Json.JsonElement>("/openapi/v1.json", TestContext.Current.CancellationToken);

        var paths = document.GetProperty("paths");
        Assert.True(paths.TryGetProperty("/api/v1/auth/login", out _));
        Assert.True(paths.TryGetProperty("/api/v1/events", out _));
        Assert.True(paths.TryGetProperty("/api/v1/events/{id}", out _));
    }
}
