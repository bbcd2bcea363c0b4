using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SupplierMeetups.IntegrationTests.Infrastructure;
using SupplierMeetups.Web.Badges;
using SupplierMeetups.Web.Platform.Audit;
using SupplierMeetups.Web.Registration.RegisterVisitor;

namespace SupplierMeetups.IntegrationTests.Registration;

/// <summary>
/// The visitor's own registration over the API (issue 18): the proof is the signed link's token, as on the page
/// <c>/visit/me</c>, sent in the <c>Visitor-Token</c> header; confirming or erasing twice does it once.
/// </summary>
public sealed class MyVisitApiTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private const string Url = "/api/v1/visitors/me";

    private async Task<(Guid VisitorId, string Token)> RegisterAsync()
    {
        var eventId = await RegistrationSeed.EventAsync(factory);
        var email = $"ziyaretci-{Guid.NewGuid():N}@test.local";
        (await factory.Anonymous().PostAsJsonAsync($"/api/v1/events/{eventId}/visitors",
            new { fullName = "Şule Büyükeğen", organization = "Selçuk Üniversitesi", email, acceptConsent = true }, Ct)).EnsureSuccessStatusCode();
        var visitor = Assert.Single(await RegistrationSeed.VisitorsAsync(factory, eventId));
        await using var scope = factory.Services.CreateAsyncScope();
        return (visitor.Id, scope.ServiceProvider.GetRequiredService<VisitorLinks>().TokenFor(visitor.Id));
    }

    private Task<HttpResponseMessage> SendAsync(HttpMethod method, string url, string? token)
    {
        var request = new HttpRequestMessage(method, url);
        if (token is not null)
        {
            request.Headers.Add("Visitor-Token", token);
        }
        return factory.Anonymous().SendAsync(request, Ct);
    }

    [Fact]
    public async Task Confirm_WhenSentTwice_ConfirmsOnceAndIssuesOneBadge()
    {
        var (visitorId, token) = await RegisterAsync();

        var before = await (await SendAsync(HttpMethod.Get, Url, token)).JsonAsync();
        var first = await SendAsync(HttpMethod.Post, $"{Url}/confirmation", token);
        var firstAt = await RegistrationSeed.QueryAsync(factory, db => db.Set<Visitor>().Where(v => v.Id == visitorId).Select(v => v.ConfirmedAt).SingleAsync(Ct));
        var second = await SendAsync(HttpMethod.Post, $"{Url}/confirmation", token);
        var page = await (await factory.Anonymous().GetAsync($"/visit/me?token={token}", Ct)).HtmlAsync();

        Assert.False(before.GetProperty("confirmed").GetBoolean());
        Assert.Equal("AwaitingConfirmation", before.GetProperty("badgeStatus").GetString());
        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (first.StatusCode, second.StatusCode));
        var after = await second.JsonAsync();
        Assert.True(after.GetProperty("confirmed").GetBoolean());
        Assert.Equal("Ready", after.GetProperty("badgeStatus").GetString());
        Assert.Equal(firstAt, after.GetProperty("confirmedAt").GetDateTimeOffset());
        Assert.Null(page.QuerySelector("[data-testid=confirm-form]"));
        var (confirmedAt, badges) = await RegistrationSeed.QueryAsync(factory, async db => (
            await db.Set<Visitor>().Where(v => v.Id == visitorId).Select(v => v.ConfirmedAt).SingleAsync(Ct),
            await db.Set<Badge>().CountAsync(b => b.HolderId == visitorId, Ct)));
        Assert.Equal(firstAt, confirmedAt);
        Assert.Equal(1, badges);
    }

    [Fact]
    public async Task Erase_WhenSentTwice_ErasesOnceAndRecordsOneEntry()
    {
        var (visitorId, token) = await RegisterAsync();

        var first = await SendAsync(HttpMethod.Post, $"{Url}/erasure", token);
        var second = await SendAsync(HttpMethod.Post, $"{Url}/erasure", token);
        var shown = await (await SendAsync(HttpMethod.Get, Url, token)).JsonAsync();
        var page = await (await factory.Anonymous().GetAsync($"/visit/me?token={token}", Ct)).HtmlAsync();

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (first.StatusCode, second.StatusCode));
        Assert.True(shown.GetProperty("erased").GetBoolean());
        Assert.DoesNotContain("Büyükeğen", shown.GetProperty("fullName").GetString(), StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("[data-testid=erased]"));
        var entries = await RegistrationSeed.QueryAsync(factory, db => db.Set<AuditEntry>()
            .CountAsync(e => e.Action == AuditActions.PersonalDataErased && e.TargetId == visitorId.ToString(), Ct));
        Assert.Equal(1, entries);
    }

    [Fact]
    public async Task VisitorOperations_WhenTheTokenIsForgedOrMissing_Answer404InTurkishAsThePageDoes()
    {
        var (visitorId, _) = await RegisterAsync();
        const string forged = "bm90LWEtdG9rZW4";

        var answers = new[]
        {
            await SendAsync(HttpMethod.Get, Url, forged),
            await SendAsync(HttpMethod.Post, $"{Url}/confirmation", forged),
            await SendAsync(HttpMethod.Post, $"{Url}/erasure", forged),
            await SendAsync(HttpMethod.Post, $"{Url}/confirmation", null),
        };
        var page = await factory.Anonymous().GetAsync($"/visit/me?token={forged}", Ct);

        foreach (var answer in answers)
        {
            Assert.Equal(HttpStatusCode.NotFound, answer.StatusCode);
            Assert.Equal("Bu bağlantı geçersiz veya süresi dolmuş.", (await answer.JsonAsync()).GetProperty("detail").GetString());
        }
        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        var visitor = await RegistrationSeed.QueryAsync(factory, db => db.Set<Visitor>().AsNoTracking().SingleAsync(v => v.Id == visitorId, Ct));
        Assert.Equal((null, null), (visitor.ConfirmedAt, visitor.ErasedAt));
    }
}
