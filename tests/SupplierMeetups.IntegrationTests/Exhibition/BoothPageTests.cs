using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SupplierMeetups.IntegrationTests.Infrastructure;
using SupplierMeetups.Web.Exhibition.Booths;
using SupplierMeetups.Web.Identity;
using SupplierMeetups.Web.Platform.Persistence;
using SupplierMeetups.Web.Platform.Security;

namespace SupplierMeetups.IntegrationTests.Exhibition;

public sealed class BoothPageTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task PublicMap_WhenSearchedWithoutTurkishLetters_HighlightsTheFirmsBoothAndHidesHolds()
    {
        var organizer = await factory.SignedInAsync(PlatformFactory.OrganizerEmail);
        var eventId = await ExhibitionArrange.EventAsync(organizer);
        var isbir = await ExhibitionArrange.ExhibitorAsync(factory, eventId, "İŞBİR Elektrik");
        var other = await ExhibitionArrange.ExhibitorAsync(factory, eventId, "Gizli Tutulan");
        var (a12, _) = await ExhibitionArrange.BoothAsync(organizer, eventId, "A-12", 0);
        var (a13, _) = await ExhibitionArrange.BoothAsync(organizer, eventId, "A-13", 3);
        (await organizer.PutAsJsonAsync($"/api/v1/events/{eventId}/booths/{a12}/assignment", new { firmId = isbir }, Ct)).EnsureSuccessStatusCode();
        (await organizer.PutAsJsonAsync($"/api/v1/events/{eventId}/booths/{a13}/assignment", new { firmId = other, hold = true }, Ct)).EnsureSuccessStatusCode();

        var page = await (await factory.Anonymous().GetAsync($"/events/{eventId}/map?q=isbir", Ct)).HtmlAsync();

        var highlighted = Assert.Single(page.QuerySelectorAll("svg .booth.highlighted"));
        Assert.Equal("A-12", highlighted.GetAttribute("data-booth"));
        Assert.Contains("İŞBİR Elektrik", page.QuerySelector("[data-testid=matches]")!.TextContent);
        Assert.DoesNotContain("Gizli", page.QuerySelector("svg")!.OuterHtml);
        Assert.Contains("reserved", page.QuerySelector("[data-booth='A-13']")!.GetAttribute("class"));
    }

    [Fact]
    public async Task FloorPlan_WhenOrganizerOpensIt_DrawsEveryBoothAsAFocusableLabelledButton()
    {
        var organizer = await factory.SignedInAsync(PlatformFactory.OrganizerEmail);
        var eventId = await ExhibitionArrange.EventAsync(organizer);
        await ExhibitionArrange.BoothAsync(organizer, eventId, "A-01", 0);
        await ExhibitionArrange.BoothAsync(organizer, eventId, "A-02", 3);
        await ExhibitionArrange.BoothAsync(organizer, eventId, "B-01", 0, hall: "Salon 2");
        var client = await factory.SignedInPagesAsync(PlatformFactory.OrganizerEmail);

        var page = await (await client.GetAsync($"/organizer/events/{eventId}/booths?hall=Salon%201", Ct)).HtmlAsync();

        var booths = page.QuerySelectorAll("svg a.booth").ToList();
        Assert.Equal(["A-01", "A-02"], booths.Select(b => b.GetAttribute("data-booth")));
        Assert.All(booths, b =>
        {
            Assert.Equal("0", b.GetAttribute("tabindex"));
            Assert.Equal("button", b.GetAttribute("role"));
            Assert.StartsWith(b.GetAttribute("data-booth") + ", Boş", b.GetAttribute("aria-label"));
        });
    }

    [Fact]
    public async Task GenerateGrid_WhenPosted_CreatesEveryBoothAndASecondOverlappingGridNothing()
    {
        var organizer = await factory.SignedInAsync(PlatformFactory.OrganizerEmail);
        var eventId = await ExhibitionArrange.EventAsync(organizer);
        var client = await factory.SignedInPagesAsync(PlatformFactory.OrganizerEmail);
        var fields = new Dictionary<string, string>
        {
            ["Grid.Hall"] = "Salon 1", ["Grid.Prefix"] = "A", ["Grid.Rows"] = "4", ["Grid.Columns"] = "10", ["Grid.Width"] = "3", ["Grid.Depth"] = "3",
            ["Grid.Aisle"] = "3", ["Grid.ColumnsPerBlock"] = "5", ["Grid.OriginX"] = "2", ["Grid.OriginY"] = "2", ["Grid.PricePerSquareMetre"] = "3000",
        };

        var first = await client.PostFormAsync($"/organizer/events/{eventId}/booths/grid", fields);
        var second = await client.PostFormAsync($"/organizer/events/{eventId}/booths/grid", new(fields) { ["Grid.Prefix"] = "Z" });

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Contains("Z-01, A-01 ile çakışıyor.", (await second.HtmlAsync()).QuerySelector(".alert.error")?.TextContent);
        var booths = await organizer.GetFromJsonAsync<JsonElement>($"/api/v1/events/{eventId}/booths", Ct);
        Assert.Equal(40, booths.GetArrayLength());
    }

    [Fact]
    public async Task ImportCsv_WhenOneLineIsBad_ImportsNothing_AndWhenGood_UpdatesKeepingTheFirm()
    {
        var organizer = await factory.SignedInAsync(PlatformFactory.OrganizerEmail);
        var eventId = await ExhibitionArrange.EventAsync(organizer);
        var firm = await ExhibitionArrange.ExhibitorAsync(factory, eventId, "Anadolu Döküm");
        var (a01, _) = await ExhibitionArrange.BoothAsync(organizer, eventId, "A-01", 0);
        (await organizer.PutAsJsonAsync($"/api/v1/events/{eventId}/booths/{a01}/assignment", new { firmId = firm }, Ct)).EnsureSuccessStatusCode();
        var client = await factory.SignedInPagesAsync(PlatformFactory.OrganizerEmail);

        var bad = await client.PostFormAsync($"/organizer/events/{eventId}/booths/import", new() { ["Csv"] = "A-02;Salon 1;10;0;3;3;inline;100\nA-03;Salon 1;x;0;3;3;inline;100" });
        var countAfterBad = (await organizer.GetFromJsonAsync<JsonElement>($"/api/v1/events/{eventId}/booths", Ct)).GetArrayLength();
        var good = await client.PostFormAsync($"/organizer/events/{eventId}/booths/import", new() { ["Csv"] = "code;hall;x;y;width;depth;type;price\nA-01;Salon 1;0;0;4;3;köşe;36000\nA-02;Salon 1;10;0;3;3;sıra;27000" });
        var booths = await organizer.GetFromJsonAsync<JsonElement>($"/api/v1/events/{eventId}/booths", Ct);

        Assert.Contains("Satır 2", (await bad.HtmlAsync()).QuerySelector(".alert.error")?.TextContent);
        Assert.Equal(1, countAfterBad);
        Assert.Contains("2 stant içe aktarıldı.", (await good.HtmlAsync()).QuerySelector(".alert.success")?.TextContent);
        var updated = booths.EnumerateArray().Single(b => b.GetProperty("code").GetString() == "A-01");
        Assert.Equal(12m, updated.GetProperty("area").GetDecimal());
        Assert.Equal("Corner", updated.GetProperty("type").GetString());
        Assert.Equal(firm, updated.GetProperty("firmId").GetGuid());
    }

    [Fact]
    public async Task AssignPage_WhenOrganizerPicksAFirm_AssignsTheBooth_AndBlockingItLaterIsRefused()
    {
        var organizer = await factory.SignedInAsync(PlatformFactory.OrganizerEmail);
        var eventId = await ExhibitionArrange.EventAsync(organizer);
        var firm = await ExhibitionArrange.ExhibitorAsync(factory, eventId, "Anadolu Döküm");
        var (boothId, _) = await ExhibitionArrange.BoothAsync(organizer, eventId, "A-01", 0);
        var client = await factory.SignedInPagesAsync(PlatformFactory.OrganizerEmail);
        var boothPage = $"/organizer/events/{eventId}/booths/{boothId}";
        var version = (await (await client.GetAsync(boothPage, Ct)).HtmlAsync()).QuerySelector("input[name=Version]")!.GetAttribute("value")!;

        var assigned = await client.PostFormAsync(boothPage, new() { ["FirmId"] = firm.ToString(), ["Hold"] = "false", ["Version"] = version }, "Assign");
        var block = await client.PostFormAsync($"/organizer/events/{eventId}/booths/edit/{boothId}", new()
        {
            ["Input.Hall"] = "Salon 1", ["Input.Code"] = "A-01", ["Input.X"] = "0", ["Input.Y"] = "0", ["Input.Width"] = "3", ["Input.Depth"] = "3",
            ["Input.Type"] = "Inline", ["Input.Price"] = "0", ["Input.Restriction"] = "Blocked",
        });
        var delete = await client.PostFormAsync($"/organizer/events/{eventId}/booths/edit/{boothId}", new() { ["Input.Hall"] = "Salon 1", ["Input.Code"] = "A-01" }, "Delete");

        Assert.Equal(HttpStatusCode.Redirect, assigned.StatusCode);
        Assert.Contains("A-01 bir firmaya ait: kapatmadan ya da rezerve etmeden önce boşaltın.", (await block.HtmlAsync()).QuerySelector(".alert.error")?.TextContent);
        Assert.Contains("A-01 bir firmaya ait: silmeden önce boşaltın.", (await delete.HtmlAsync()).QuerySelector(".alert.error")?.TextContent);
        var booths = await organizer.GetFromJsonAsync<JsonElement>($"/api/v1/events/{eventId}/booths", Ct);
        Assert.Equal("Assigned", booths[0].GetProperty("status").GetString());
    }

    [Fact]
    public async Task RequestBooth_WhenTheExhibitorsContactSaves_StoresTheRequestAndShowsTheBooth()
    {
        var organizer = await factory.SignedInAsync(PlatformFactory.OrganizerEmail);
        var eventId = await ExhibitionArrange.EventAsync(organizer);
        var contact = $"contact-{Guid.NewGuid():N}@test.local";
        var firm = await ExhibitionArrange.ExhibitorAsync(factory, eventId, "İŞBİR Elektrik", contact);
        var rival = await ExhibitionArrange.ExhibitorAsync(factory, eventId, "Rakip Elektrik");
        var friend = await ExhibitionArrange.ExhibitorAsync(factory, eventId, "Dost Kablo");
        var (boothId, _) = await ExhibitionArrange.BoothAsync(organizer, eventId, "A-07", 0);
        (await organizer.PutAsJsonAsync($"/api/v1/events/{eventId}/booths/{boothId}/assignment", new { firmId = firm, hold = true }, Ct)).EnsureSuccessStatusCode();
        var client = await factory.SignedInPagesAsync(contact);
        var stranger = await factory.SignedInPagesAsync(await factory.CreateUserAsync(Roles.Supplier));
        var url = $"/events/{eventId}/booth-request";

        var saved = await client.PostFormAsync(url, new() { ["Area"] = "12", ["Type"] = "Corner", ["PreferredHall"] = "Salon 2", ["Near"] = friend.ToString(), ["Competitors"] = rival.ToString() });
        var page = await (await client.GetAsync(url, Ct)).HtmlAsync();
        var strangerPage = await (await stranger.GetAsync(url, Ct)).HtmlAsync();

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        await using var scope = factory.Services.CreateAsyncScope();
        var request = await scope.ServiceProvider.GetRequiredService<AppDbContext>().Set<BoothRequest>().SingleAsync(r => r.FirmId == firm, Ct);
        Assert.Equal((12m, BoothType.Corner, "Salon 2"), (request.AreaSquareMetres, request.Type, request.PreferredHall));
        Assert.Equal([friend], request.NearFirmIds);
        Assert.Equal([rival], request.CompetitorFirmIds);
        Assert.Contains("A-07", page.QuerySelector("[data-testid=my-booth]")?.TextContent);
        Assert.Null(strangerPage.QuerySelector("form.form"));
    }

    [Fact]
    public async Task OrganizerBoothPages_WhenSupplier_AreForbidden_AndWhenAnonymous_AskToSignIn()
    {
        var organizer = await factory.SignedInAsync(PlatformFactory.OrganizerEmail);
        var eventId = await ExhibitionArrange.EventAsync(organizer);
        var supplier = await factory.SignedInPagesAsync(await factory.CreateUserAsync(Roles.Supplier));

        var forbidden = await supplier.GetAsync($"/organizer/events/{eventId}/booths", Ct);
        var anonymous = await factory.Anonymous().GetAsync($"/organizer/events/{eventId}/booths/grid", Ct);
        var requestAnonymous = await factory.Anonymous().GetAsync($"/events/{eventId}/booth-request", Ct);

        Assert.StartsWith("/account/access-denied", forbidden.Headers.Location?.PathAndQuery ?? forbidden.Headers.Location?.OriginalString);
        Assert.StartsWith("/account/login", anonymous.Headers.Location?.PathAndQuery ?? anonymous.Headers.Location?.OriginalString);
        Assert.StartsWith("/account/login", requestAnonymous.Headers.Location?.PathAndQuery ?? requestAnonymous.Headers.Location?.OriginalString);
    }
}
