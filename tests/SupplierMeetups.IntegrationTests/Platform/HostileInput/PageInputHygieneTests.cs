using System.Net;
using Microsoft.EntityFrameworkCore;
using SupplierMeetups.IntegrationTests.Infrastructure;
using SupplierMeetups.IntegrationTests.Registration;
using SupplierMeetups.Web.Events;
using SupplierMeetups.Web.Registration;

namespace SupplierMeetups.IntegrationTests.Platform.HostileInput;

public sealed class PageInputHygieneTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<HttpClient> OrganizerPagesAsync()
    {
        var client = await factory.SignedInPagesAsync(PlatformFactory.OrganizerEmail);
        client.DefaultRequestHeaders.Accept.ParseAdd("text/html");
        return client;
    }

    [Fact]
    public async Task EditEventPage_WhenNameHasLineBreak_ShowsTheMessageAtTheFieldAndSavesNothing()
    {
        var client = await OrganizerPagesAsync();

        var response = await client.PostFormAsync("/organizer/events/edit", new()
        {
            ["Input.NameTr"] = "Satır\nKırık",
            ["Input.NameEn"] = "Broken Line",
            ["Input.Venue"] = "TÜYAP",
            ["Input.City"] = "Konya",
            ["Input.StartDate"] = "2026-11-04",
            ["Input.EndDate"] = "2026-11-06",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var field = (await response.HtmlAsync()).QuerySelector("[data-valmsg-for='Input.NameTr']");
        Assert.Equal("Ad (Türkçe) satır sonu gibi denetim karakterleri içeremez.", field?.TextContent.Trim());
        Assert.False(await factory.WithDbAsync(db => db.Set<Event>().AnyAsync(e => e.NameEn == "Broken Line", Ct)));
    }

    [Fact]
    public async Task RejectFirmPage_WhenReasonHoldsNul_AnswersTheErrorPageAndLeavesTheFirmPending()
    {
        var eventId = await factory.SeedEventAsync();
        var (firmId, _) = await factory.RegisterSupplierAsync(eventId);
        var client = await OrganizerPagesAsync();
        var page = $"/organizer/events/{eventId}/firms/pending";

        var response = await client.PostFormWithTokenFromAsync(page, $"{page}?handler=Reject&firmId={firmId}", new() { ["reason"] = "Eksik\0belge" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var html = await response.HtmlAsync();
        Assert.True(html.QuerySelector("h1")?.TextContent == "Bu istek işlenemedi.", html.Body?.TextContent);
        var status = await factory.WithDbAsync(db => db.Set<Participation>().Where(p => p.FirmId == firmId).Select(p => p.Status).SingleAsync(Ct));
        Assert.Equal(ParticipationStatus.Pending, status);
    }

    [Fact]
    public async Task Page_WhenQueryHoldsNul_AnswersTheErrorPage400()
    {
        var client = factory.Anonymous();
        client.DefaultRequestHeaders.Accept.ParseAdd("text/html");

        var response = await client.GetAsync("/?q=a%00b", Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("Bu istek işlenemedi.", (await response.HtmlAsync()).QuerySelector("h1")?.TextContent);
    }

    [Theory]
    [InlineData("/\\evil.test")]
    [InlineData("//evil.test")]
    [InlineData("https://evil.test/")]
    [InlineData("/a\\b")]
    public async Task LanguageSwitch_WhenReturnUrlLeavesTheSite_RedirectsHome(string returnUrl)
    {
        var response = await factory.Anonymous().GetAsync($"/language?culture=en-US&returnUrl={Uri.EscapeDataString(returnUrl)}", Ct);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task LanguageSwitch_WhenReturnUrlIsAnEncodedBackslash_RedirectsHome()
    {
        var response = await factory.Anonymous().GetAsync("/language?returnUrl=/%5Cevil.test", Ct);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task LanguageSwitch_WhenReturnUrlIsALocalPath_RedirectsThere()
    {
        var response = await factory.Anonymous().GetAsync("/language?culture=en-US&returnUrl=%2Fevents%3Fpage%3D2", Ct);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/events?page=2", response.Headers.Location?.OriginalString);
    }
}
