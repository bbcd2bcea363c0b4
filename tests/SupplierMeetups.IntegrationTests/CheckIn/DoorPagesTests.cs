using System.Net;
using SupplierMeetups.IntegrationTests.Infrastructure;
using SupplierMeetups.Web.Platform.Security;

namespace SupplierMeetups.IntegrationTests.CheckIn;

public sealed class DoorPagesTests(OpenDoorsFactory factory) : IClassFixture<OpenDoorsFactory>
{
    [Fact]
    public async Task DoorPages_WhenStaffClicksFromTheHome_ReachTheScanPageOfTheirGate()
    {
        var scene = await DoorScene.CreateAsync(factory);
        var pages = await factory.SignedInPagesAsync(await StaffEmailAsync(scene), "en-US");

        var home = await (await pages.GetAsync("/", TestContext.Current.CancellationToken)).HtmlAsync();
        var doorHref = home.QuerySelector("[data-testid=nav-door]")!.GetAttribute("href")!;
        var door = await (await pages.GetAsync(doorHref, TestContext.Current.CancellationToken)).HtmlAsync();
        var eventHref = door.QuerySelectorAll("a.door-choice").Select(a => a.GetAttribute("href")!).Single(h => h.Contains(scene.EventId.ToString(), StringComparison.Ordinal));
        var gates = await (await pages.GetAsync(eventHref, TestContext.Current.CancellationToken)).HtmlAsync();
        var gateHref = gates.QuerySelectorAll("a.door-choice").First(a => a.TextContent.Contains("Ana Giriş", StringComparison.Ordinal)).GetAttribute("href")!;
        var scan = await (await pages.GetAsync(gateHref, TestContext.Current.CancellationToken)).HtmlAsync();

        Assert.Equal("/checkin", doorHref);
        Assert.Equal($"/checkin/events/{scene.EventId}/gates/{scene.GateId}", gateHref);
        Assert.Equal("Ana Giriş", scan.QuerySelector("[data-testid=gate-name]")!.TextContent);
        Assert.NotNull(scan.QuerySelector("input#scan-code[autofocus]"));
    }

    [Fact]
    public async Task ScanPage_WhenFormIsPostedWithoutJavaScript_AdmitsAndShowsTheAnswerLargeAndGreen()
    {
        var scene = await DoorScene.CreateAsync(factory);
        var (_, token) = await scene.BadgeAsync();
        var pages = await factory.SignedInPagesAsync(await StaffEmailAsync(scene));
        var url = $"/checkin/events/{scene.EventId}/gates/{scene.GateId}";

        var first = await (await pages.PostFormAsync(url, new() { ["Code"] = token, ["Nonce"] = "page-nonce-1" })).HtmlAsync();
        var second = await (await pages.PostFormAsync(url, new() { ["Code"] = token, ["Nonce"] = "page-nonce-2" })).HtmlAsync();
        var resent = await (await pages.PostFormAsync(url, new() { ["Code"] = token, ["Nonce"] = "page-nonce-1" })).HtmlAsync();

        var answer = first.QuerySelector("[data-testid=scan-answer]")!;
        Assert.Contains("scan-green", answer.ClassName);
        Assert.Equal("Giriş yapabilir", answer.QuerySelector(".scan-headline")!.TextContent);
        Assert.Equal("Mustafa Büyükeğen", answer.QuerySelector(".scan-person")!.TextContent);
        Assert.Equal("İŞBİR Elektrik", answer.QuerySelector(".scan-organization")!.TextContent);
        Assert.Equal("ZİYARETÇİ", answer.QuerySelector(".scan-type")!.TextContent);
        Assert.Contains("scan-amber", second.QuerySelector("[data-testid=scan-answer]")!.ClassName);
        Assert.Equal("Admitted", resent.QuerySelector("[data-testid=scan-answer]")!.GetAttribute("data-result"));
        Assert.Contains("bir kez sayılır", resent.QuerySelector(".scan-detail")!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("buyukegen")]
    [InlineData("MUSTAFA BÜYÜKEĞEN")]
    [InlineData("işbir")]
    [InlineData("ISBIR")]
    public async Task ScanPage_WhenSearchedByNameOrOrganizationTurkishFolded_FindsTheBadgeAndLetsIn(string query)
    {
        var scene = await DoorScene.CreateAsync(factory);
        await scene.BadgeAsync();
        await scene.BadgeAsync("Ayşe Işık", "Ağır Sanayi Şirketi");
        var pages = await factory.SignedInPagesAsync(await StaffEmailAsync(scene), "en-US");
        var url = $"/checkin/events/{scene.EventId}/gates/{scene.GateId}";

        var found = await (await pages.GetAsync($"{url}?q={Uri.EscapeDataString(query)}", TestContext.Current.CancellationToken)).HtmlAsync();
        var match = Assert.Single(found.QuerySelectorAll(".scan-matches li"));
        var badgeId = match.QuerySelector("input[name=badgeId]")!.GetAttribute("value")!;
        var let = await (await pages.PostFormAsync($"{url}?q={Uri.EscapeDataString(query)}", new() { ["badgeId"] = badgeId, ["Nonce"] = Guid.NewGuid().ToString("N") }, "badge")).HtmlAsync();

        Assert.Contains("Mustafa Büyükeğen", match.TextContent, StringComparison.Ordinal);
        Assert.Equal("Admitted", let.QuerySelector("[data-testid=scan-answer]")!.GetAttribute("data-result"));
    }

    [Fact]
    public async Task ScanPage_WhenNothingMatchesOrNothingTyped_SaysSo()
    {
        var scene = await DoorScene.CreateAsync(factory);
        var pages = await factory.SignedInPagesAsync(await StaffEmailAsync(scene), "en-US");
        var url = $"/checkin/events/{scene.EventId}/gates/{scene.GateId}";

        var none = await (await pages.GetAsync($"{url}?q=zzzz", TestContext.Current.CancellationToken)).HtmlAsync();
        var empty = await (await pages.PostFormAsync(url, new() { ["Code"] = "", ["Nonce"] = "x" })).HtmlAsync();

        Assert.NotNull(none.QuerySelector("[data-testid=no-matches]"));
        Assert.Contains("Scan a badge or type its code.", empty.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GatesPage_WhenOrganizerNamesAGate_ShowsItAndSaysSo()
    {
        var scene = await DoorScene.CreateAsync(factory);
        var pages = await factory.SignedInPagesAsync(PlatformFactory.OrganizerEmail);
        var url = $"/organizer/events/{scene.EventId}/gates";
        var events = await (await pages.GetAsync("/organizer/events", TestContext.Current.CancellationToken)).HtmlAsync();

        var added = await pages.PostFormAsync(url, new() { ["Input.Name"] = "Hol 2 Doğu" });
        var page = await (await pages.GetAsync(added.RedirectPath(), TestContext.Current.CancellationToken)).HtmlAsync();
        var twice = await (await pages.PostFormAsync(url, new() { ["Input.Name"] = "Hol 2 Doğu" })).HtmlAsync();

        Assert.NotNull(events.QuerySelector($"a[href='{url}']"));
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        Assert.Equal("Hol 2 Doğu kapısı eklendi.", page.QuerySelector("[data-testid=gate-added]")!.TextContent);
        Assert.Contains("Hol 2 Doğu", page.QuerySelector("[data-testid=gates]")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Bu etkinliğin Hol 2 Doğu adlı bir kapısı zaten var.", twice.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DoorCounts_WhenPeopleEnterAndLeave_CountInsideByTypeHourAndGate()
    {
        var scene = await DoorScene.CreateAsync(factory);
        var east = await scene.AddGateAsync("Doğu");
        var (_, visitor1) = await scene.BadgeAsync("Ziyaretçi Bir");
        var (_, visitor2) = await scene.BadgeAsync("Ziyaretçi İki");
        var (_, exhibitor) = await scene.BadgeAsync("Katılımcı", type: "Exhibitor");
        await scene.BadgeAsync("Gelmeyen", type: "Exhibitor");
        var (revokedId, _) = await scene.BadgeAsync("İptal");
        await scene.RevokeAsync(revokedId);
        await scene.AnswerAsync(visitor1, scannedAt: DoorScene.YesterdayAt(9, 10));
        await scene.AnswerAsync(visitor2, scannedAt: DoorScene.YesterdayAt(9, 50), gate: east);
        await scene.AnswerAsync(exhibitor, scannedAt: DoorScene.YesterdayAt(10, 5));
        await scene.AnswerAsync(visitor1, "Exit", scannedAt: DoorScene.YesterdayAt(11));
        await scene.AnswerAsync("garbage");

        var counts = await (await scene.Organizer.GetAsync($"/api/v1/events/{scene.EventId}/checkins/counts", TestContext.Current.CancellationToken)).JsonAsync();
        var pages = await factory.SignedInPagesAsync(PlatformFactory.OrganizerEmail);
        var partial = await (await pages.GetAsync($"/organizer/events/{scene.EventId}/door?handler=counts", TestContext.Current.CancellationToken)).HtmlAsync();

        Assert.Equal(2, counts.GetProperty("insideNow").GetInt32());
        Assert.Equal(3, counts.GetProperty("admitted").GetInt32());
        Assert.Equal(4, counts.GetProperty("registered").GetInt32());
        Assert.Equal(1, counts.GetProperty("notYetArrived").GetInt32());
        Assert.Equal(1, counts.GetProperty("refusedScans").GetInt32());
        var types = counts.GetProperty("byBadgeType").EnumerateArray().ToDictionary(t => t.GetProperty("type").GetString()!);
        Assert.Equal((2, 2, 1, 0), (types["Visitor"].GetProperty("registered").GetInt32(), types["Visitor"].GetProperty("admitted").GetInt32(), types["Visitor"].GetProperty("inside").GetInt32(), types["Visitor"].GetProperty("notYetArrived").GetInt32()));
        Assert.Equal((2, 1, 1, 1), (types["Exhibitor"].GetProperty("registered").GetInt32(), types["Exhibitor"].GetProperty("admitted").GetInt32(), types["Exhibitor"].GetProperty("inside").GetInt32(), types["Exhibitor"].GetProperty("notYetArrived").GetInt32()));
        var hours = counts.GetProperty("byHour").EnumerateArray().Select(h => (h.GetProperty("hour").GetDateTime().Hour, h.GetProperty("entries").GetInt32())).ToList();
        Assert.Equal([(9, 2), (10, 1)], hours);
        var gates = counts.GetProperty("byGate").EnumerateArray().ToDictionary(g => g.GetProperty("gate").GetString()!);
        Assert.Equal((2, 1, 1), (gates["Ana Giriş"].GetProperty("entries").GetInt32(), gates["Ana Giriş"].GetProperty("exits").GetInt32(), gates["Ana Giriş"].GetProperty("refused").GetInt32()));
        Assert.Equal(1, gates["Doğu"].GetProperty("entries").GetInt32());
        Assert.Equal("2", partial.QuerySelector("[data-count=inside]")!.TextContent);
        Assert.Equal("1", partial.QuerySelector("[data-count=not-arrived]")!.TextContent);
        Assert.Null(partial.QuerySelector("header.topbar"));
    }

    private async Task<string> StaffEmailAsync(DoorScene scene)
    {
        _ = scene;
        return await factory.CreateUserAsync(Roles.Staff);
    }
}
