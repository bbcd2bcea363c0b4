using System.Net.Http.Json;
using System.Text.Json;
using SupplierMeetups.IntegrationTests.Demo;
using SupplierMeetups.IntegrationTests.Infrastructure;
using SupplierMeetups.Web.Events.Contracts;

namespace SupplierMeetups.IntegrationTests.Exhibition;

public sealed class ExhibitionDemoTests(DemoFactory factory) : IClassFixture<DemoFactory>
{
    [Fact]
    public async Task DemoEvent_WhenLoaded_HasFloorPlansAndAProposalPlacesItsExhibitors()
    {
        var events = await factory.Anonymous().GetFromJsonAsync<JsonElement>("/api/v1/events", TestContext.Current.CancellationToken);
        // The real 2025 event, with about 60 approved exhibitors (the upcoming demo event has only a few).
        var eventId = events.EnumerateArray().Single(e => e.GetProperty("name").GetString() == DemoEventNames.KonyaTr).GetProperty("id").GetString();
        var organizer = factory.Anonymous();
        var login = await (await organizer.PostAsJsonAsync("/api/v1/auth/login", new { email = "organizer@demo.local", password = "Konya!Demo2025", twoFactorCode = Totp.Code((await factory.TwoFactorKeyAsync("organizer@demo.local"))!) }, TestContext.Current.CancellationToken)).JsonAsync();
        organizer.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", login.GetProperty("accessToken").GetString());

        var booths = await factory.Anonymous().GetFromJsonAsync<JsonElement>($"/api/v1/events/{eventId}/booths", TestContext.Current.CancellationToken);
        var proposal = await (await organizer.PostAsync($"/api/v1/events/{eventId}/booth-proposals", null, TestContext.Current.CancellationToken)).JsonAsync();

        Assert.Equal(96 + 48, booths.GetArrayLength());
        Assert.True(proposal.GetProperty("placements").GetArrayLength() > 40, "most demo exhibitors get a booth");
        Assert.Contains(proposal.GetProperty("placements").EnumerateArray(), p => p.GetProperty("reasons").EnumerateArray().Any(r => r.GetProperty("kind").GetString() == "InPreferredHall"));
    }
}
