using System.Net;
using SupplierMeetups.IntegrationTests.Infrastructure;
using SupplierMeetups.Web.Platform.Security;

namespace SupplierMeetups.IntegrationTests.CheckIn;

/// <summary>The growing lists of the door: check-ins and badges, paged, filtered, with ETags, revoked badges marked.</summary>
public sealed class ListApiTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ListBadges_WhenOneIsRevoked_MarksItAndFiltersByStatus()
    {
        var scene = await DoorScene.CreateAsync(factory);
        var (kept, _) = await scene.BadgeAsync("Ayşe Işık");
        var (revoked, _) = await scene.BadgeAsync("Çağrı Öztürk");
        await scene.RevokeAsync(revoked);
        var url = $"/api/v1/events/{scene.EventId}/badges";

        var all = await (await scene.Organizer.GetAsync(url, Ct)).JsonAsync();
        var onlyRevoked = await (await scene.Organizer.GetAsync($"{url}?status=Revoked", Ct)).JsonAsync();
        var searched = await (await scene.Organizer.GetAsync($"{url}?q=ayse&pageSize=1", Ct)).JsonAsync();

        var items = all.GetProperty("items").EnumerateArray().ToDictionary(b => b.GetProperty("id").GetGuid());
        Assert.Equal("Active", items[kept].GetProperty("status").GetString());
        Assert.Equal("Revoked", items[revoked].GetProperty("status").GetString());
        Assert.NotEqual(System.Text.Json.JsonValueKind.Null, items[revoked].GetProperty("revokedAt").ValueKind);
        Assert.Equal([revoked], onlyRevoked.GetProperty("items").EnumerateArray().Select(b => b.GetProperty("id").GetGuid()));
        Assert.Equal([kept], searched.GetProperty("items").EnumerateArray().Select(b => b.GetProperty("id").GetGuid()));
        Assert.Equal(1, searched.GetProperty("pageSize").GetInt32());
    }

    [Fact]
    public async Task ListCheckIns_AfterScans_PagesNewestFirstAndAnswers304UntilTheNextScan()
    {
        var scene = await DoorScene.CreateAsync(factory);
        var (_, token) = await scene.BadgeAsync();
        await scene.AnswerAsync(token, scannedAt: DoorScene.YesterdayAt(9));
        await scene.AnswerAsync("not a badge", scannedAt: DoorScene.YesterdayAt(10));
        var url = $"/api/v1/events/{scene.EventId}/checkins";

        var first = await scene.Staff.GetAsync(url, Ct);
        var json = await first.JsonAsync();
        var admitted = await (await scene.Staff.GetAsync($"{url}?result=Admitted", Ct)).JsonAsync();
        var unchanged = await SendIfNoneMatchAsync(scene.Staff, url, first);
        await scene.AnswerAsync(token, "Exit", scannedAt: DoorScene.YesterdayAt(11));
        var changed = await SendIfNoneMatchAsync(scene.Staff, url, first);

        Assert.Equal(2, json.GetProperty("total").GetInt32());
        Assert.Equal(["NotABadge", "Admitted"], json.GetProperty("items").EnumerateArray().Select(s => s.GetProperty("result").GetString()));
        Assert.Equal(1, admitted.GetProperty("total").GetInt32());
        Assert.Equal(HttpStatusCode.NotModified, unchanged.StatusCode);
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
    }

    [Fact]
    public async Task Lists_WhenNotAllowed_Answer403AndAnonymous401()
    {
        var scene = await DoorScene.CreateAsync(factory);
        var supplier = await factory.SignedInAsync(await factory.CreateUserAsync(Roles.Supplier));

        var checkins = await supplier.GetAsync($"/api/v1/events/{scene.EventId}/checkins", Ct);
        var badges = await scene.Staff.GetAsync($"/api/v1/events/{scene.EventId}/badges", Ct);
        var anonymous = await factory.Anonymous().GetAsync($"/api/v1/events/{scene.EventId}/checkins", Ct);

        Assert.Equal(HttpStatusCode.Forbidden, checkins.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, badges.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
    }

    private static Task<HttpResponseMessage> SendIfNoneMatchAsync(HttpClient client, string url, HttpResponseMessage earlier)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.IfNoneMatch.Add(earlier.Headers.ETag!);
        return client.SendAsync(request, Ct);
    }
}
