using System.Net;
using System.Net.Http.Json;
using SupplierMeetups.IntegrationTests.Infrastructure;
using SupplierMeetups.Web.Platform.Security;

namespace SupplierMeetups.IntegrationTests.Matchmaking;

/// <summary>The matchmaking rules over the API (issue 18): the page's service, rules and messages.</summary>
public sealed class MatchmakingSettingsApiTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task PutSettings_AsOrganizer_SavesWhatGetAndThePageShow()
    {
        var w = await MatchmakingWorld.CreateAsync(factory);
        var organizer = await factory.SignedInAsync(PlatformFactory.OrganizerEmail);
        var url = $"/api/v1/events/{w.EventId}/matchmaking/settings";

        var defaults = await (await organizer.GetAsync(url, Ct)).JsonAsync();
        var put = await organizer.PutAsJsonAsync(url, new { deadline = "2030-05-01T17:00:00+03:00", expiryHours = 48, quota = 12 }, Ct);
        var again = await organizer.PutAsJsonAsync(url, new { deadline = "2030-05-01T17:00:00+03:00", expiryHours = 48, quota = 12 }, Ct);
        var shown = await (await organizer.GetAsync(url, Ct)).JsonAsync();
        var page = await (await (await factory.SignedInPagesAsync(PlatformFactory.OrganizerEmail)).GetAsync($"/organizer/events/{w.EventId}/matchmaking", Ct)).HtmlAsync();

        Assert.Equal((72, 30, System.Text.Json.JsonValueKind.Null), (defaults.GetProperty("expiryHours").GetInt32(), defaults.GetProperty("quota").GetInt32(), defaults.GetProperty("deadline").ValueKind));
        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(new DateTimeOffset(2030, 5, 1, 14, 0, 0, TimeSpan.Zero), shown.GetProperty("deadline").GetDateTimeOffset());
        Assert.Equal(TimeSpan.FromHours(3), shown.GetProperty("deadlineAtVenue").GetDateTimeOffset().Offset);
        Assert.Equal((48, 12), (shown.GetProperty("expiryHours").GetInt32(), shown.GetProperty("quota").GetInt32()));
        Assert.StartsWith("2030-05-01T17:00", page.QuerySelector("[data-testid=deadline]")!.GetAttribute("value"));
        Assert.Equal("12", page.QuerySelector("input[name=Quota]")!.GetAttribute("value"));
    }

    [Fact]
    public async Task PutSettings_WhenDeadlineAfterTheEvent_AnswersThePagesMessageInTurkishAndSavesNothing()
    {
        var w = await MatchmakingWorld.CreateAsync(factory);
        var organizer = await factory.SignedInAsync(PlatformFactory.OrganizerEmail);
        var url = $"/api/v1/events/{w.EventId}/matchmaking/settings";

        var response = await organizer.PutAsJsonAsync(url, new { deadline = "2030-05-08T10:00:00+03:00", expiryHours = 48, quota = 12 }, Ct);
        var quota = await organizer.PutAsJsonAsync(url, new { expiryHours = 48, quota = 0 }, Ct);
        var page = await (await factory.SignedInPagesAsync(PlatformFactory.OrganizerEmail)).PostFormAsync(
            $"/organizer/events/{w.EventId}/matchmaking", new() { ["Deadline"] = "2030-05-08T10:00", ["ExpiryHours"] = "48", ["Quota"] = "12" });
        var shown = await (await organizer.GetAsync(url, Ct)).JsonAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var message = (await response.JsonAsync()).GetProperty("errors").GetProperty("deadline")[0].GetString();
        Assert.StartsWith("Son tarih etkinliğin bitişinden (", message, StringComparison.Ordinal);
        Assert.Contains("2030) sonra olamaz.", message, StringComparison.Ordinal);
        Assert.Equal(message, (await page.HtmlAsync()).QuerySelector("[data-valmsg-for=Deadline]")!.TextContent.Trim());
        Assert.Equal(HttpStatusCode.BadRequest, quota.StatusCode);
        Assert.Contains("1 ile 10000 arasında olmalıdır", (await quota.JsonAsync()).GetProperty("errors").GetProperty("quota")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal(30, shown.GetProperty("quota").GetInt32());
    }

    [Fact]
    public async Task Settings_WhenAnonymousOrNotAnOrganizer_Answers401And403()
    {
        var w = await MatchmakingWorld.CreateAsync(factory);
        var url = $"/api/v1/events/{w.EventId}/matchmaking/settings";
        var prime = await factory.SignedInAsync(w.Prime.Email);

        var anonymous = await factory.Anonymous().GetAsync(url, Ct);
        var read = await prime.GetAsync(url, Ct);
        var write = await prime.PutAsJsonAsync(url, new { expiryHours = 1, quota = 1 }, Ct);

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, read.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, write.StatusCode);
    }
}
