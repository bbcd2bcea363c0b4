using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using SupplierMeetups.IntegrationTests.Infrastructure;
using SupplierMeetups.Web.Events;

namespace SupplierMeetups.IntegrationTests.Matchmaking;

public sealed class OutcomeTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<(MatchmakingWorld World, Guid Meeting)> PublishedMeetingAsync(bool inThePast)
    {
        var w = await MatchmakingWorld.CreateAsync(factory);
        var prime = await factory.SignedInAsync(w.Prime.Email);
        var id = (await (await prime.PostAsJsonAsync($"/api/v1/events/{w.EventId}/meeting-requests", new { firmId = w.Supplier.FirmId, priority = 3 }, Ct)).JsonAsync()).GetProperty("id").GetGuid();
        (await (await factory.SignedInAsync(w.Supplier.Email)).PostAsync($"/api/v1/events/{w.EventId}/meeting-requests/{id}/accept", null, Ct)).EnsureSuccessStatusCode();
        var organizer = await factory.SignedInAsync(PlatformFactory.OrganizerEmail);
        var draft = await (await organizer.PostAsync($"/api/v1/events/{w.EventId}/schedule/draft", null, Ct)).JsonAsync();
        (await organizer.PostAsJsonAsync($"/api/v1/events/{w.EventId}/schedule/publish", new { version = draft.GetProperty("version").GetGuid() }, Ct)).EnsureSuccessStatusCode();
        if (inThePast)
        {
            await MatchmakingWorld.ChangeAsync(factory, async db => (await db.Set<MeetingDay>().SingleAsync(d => d.EventId == w.EventId, Ct)).Date = new DateOnly(2024, 5, 6));
        }
        return (w, id);
    }

    [Fact]
    public async Task Record_WhenBothSidesRecord_OrganizerSeesThePrimesResultsAndTheTotal()
    {
        var (w, meeting) = await PublishedMeetingAsync(inThePast: true);
        var url = $"/events/{w.EventId}/meetings/{meeting}/outcome";

        var byPrime = await (await factory.SignedInPagesAsync(w.Prime.Email)).PostFormAsync(url, new() { ["Input.Held"] = "true", ["Input.Nda"] = "true", ["Input.RequestForQuotation"] = "true" });
        var bySupplier = await (await factory.SignedInPagesAsync(w.Supplier.Email)).PostFormAsync(url, new() { ["Input.Held"] = "true", ["Input.SiteVisit"] = "true" });
        var report = await (await (await factory.SignedInPagesAsync(PlatformFactory.OrganizerEmail)).GetAsync($"/organizer/events/{w.EventId}/outcomes", Ct)).HtmlAsync();

        Assert.Equal(HttpStatusCode.Redirect, byPrime.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, bySupplier.StatusCode);
        var rows = report.QuerySelectorAll("[data-testid=outcomes] tbody tr").Select(r => r.QuerySelectorAll("td").Select(td => td.TextContent).ToArray()).ToList();
        Assert.Equal(["ASELSAN", "1", "1", "1", "0", "1", "1", "0", "0"], rows[0]);
        Assert.Equal("Toplam", rows[^1][0]);
    }

    [Fact]
    public async Task Record_WhenMeetingHasNotBegun_IsRefused()
    {
        var (w, meeting) = await PublishedMeetingAsync(inThePast: false);

        var response = await (await factory.SignedInPagesAsync(w.Prime.Email)).PostFormAsync($"/events/{w.EventId}/meetings/{meeting}/outcome", new() { ["Input.Held"] = "true" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("görüşme başladıktan sonra", (await response.HtmlAsync()).QuerySelector(".alert.error")?.TextContent);
    }

    [Fact]
    public async Task Record_WhenAnotherSupplierTries_IsRefused()
    {
        var (w, meeting) = await PublishedMeetingAsync(inThePast: true);

        var response = await (await factory.SignedInPagesAsync(w.OtherSupplier.Email)).PostFormAsync($"/events/{w.EventId}/meetings/{meeting}/outcome", new() { ["Input.Held"] = "false" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Böyle bir görüşme yok.", (await response.HtmlAsync()).QuerySelector(".alert.error")?.TextContent);
    }

    [Fact]
    public async Task TableSheet_WhenPublished_ShowsTheMeetingInItsSlot()
    {
        var (w, _) = await PublishedMeetingAsync(inThePast: false);
        var agenda = await (await factory.SignedInAsync(w.Prime.Email)).GetFromJsonAsync<System.Text.Json.JsonElement>($"/api/v1/events/{w.EventId}/agenda", Ct);
        var item = agenda.GetProperty("meetings")[0];

        var sheet = await (await (await factory.SignedInPagesAsync(PlatformFactory.OrganizerEmail)).GetAsync($"/organizer/events/{w.EventId}/tables/{item.GetProperty("table").GetString()}/day/1", Ct)).HtmlAsync();

        var row = sheet.QuerySelector($"[data-testid=sheet] tr[data-slot='{item.GetProperty("slot").GetString()}']");
        Assert.Contains("İŞBİR Elektrik", row?.TextContent);
        Assert.Contains("ASELSAN", row?.TextContent);
    }
}
