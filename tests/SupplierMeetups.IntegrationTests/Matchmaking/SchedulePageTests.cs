using System.Net;
using System.Net.Http.Json;
using SupplierMeetups.IntegrationTests.Infrastructure;

namespace SupplierMeetups.IntegrationTests.Matchmaking;

public sealed class SchedulePageTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task SchedulePage_WhenOrganizerDraftsAndPublishes_BothFirmsSeeTheMeetingOnTheirAgendaPages()
    {
        var w = await MatchmakingWorld.CreateAsync(factory);
        var prime = await factory.SignedInAsync(w.Prime.Email);
        var id = (await (await prime.PostAsJsonAsync($"/api/v1/events/{w.EventId}/meeting-requests", new { firmId = w.Supplier.FirmId, priority = 3 }, Ct)).JsonAsync()).GetProperty("id").GetString();
        (await (await factory.SignedInAsync(w.Supplier.Email)).PostAsync($"/api/v1/events/{w.EventId}/meeting-requests/{id}/accept", null, Ct)).EnsureSuccessStatusCode();
        var organizer = await factory.SignedInPagesAsync(PlatformFactory.OrganizerEmail);
        var page = $"/organizer/events/{w.EventId}/schedule";

        var drafted = await organizer.PostFormAsync(page, [], handler: "Draft");
        var before = await (await organizer.GetAsync(page, Ct)).HtmlAsync();
        var confirm = await (await organizer.GetAsync(before.QuerySelector("[data-testid=publish-ask]")!.GetAttribute("href")!, Ct)).HtmlAsync();
        var published = await organizer.PostFormAsync(page + "?confirmPublish=true", new() { ["version"] = confirm.QuerySelector("input[name=version]")!.GetAttribute("value")! }, handler: "Publish");
        var after = await (await organizer.GetAsync(published.RedirectPath(), Ct)).HtmlAsync();
        var grid = await (await organizer.GetAsync(page + "/grid", Ct)).HtmlAsync();
        var primeRow = (await (await (await factory.SignedInPagesAsync(w.Prime.Email)).GetAsync($"/events/{w.EventId}/agenda", Ct)).HtmlAsync()).QuerySelector("[data-testid=agenda] tbody tr");
        var supplierRow = (await (await (await factory.SignedInPagesAsync(w.Supplier.Email)).GetAsync($"/events/{w.EventId}/agenda", Ct)).HtmlAsync()).QuerySelector("[data-testid=agenda] tbody tr");

        Assert.Equal(HttpStatusCode.Redirect, drafted.StatusCode);
        Assert.Null(before.QuerySelector("input[name=version]"));
        Assert.Equal("1 görüşme yayımlansın mı? Bunlardan 1 tanesi yeni veya yeri değişmiş; 2 firmaya ajandalarıyla bir e-posta gidecek.", confirm.QuerySelector("[data-testid=publish-confirm] p")!.TextContent);
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        Assert.Equal("Görüşme takvimi yayımlandı: 1 görüşme; 2 firmaya e-postayla bildirildi.", after.QuerySelector("[data-testid=status-message]")!.TextContent);
        Assert.Single(grid.QuerySelectorAll("[data-testid=grid] td.published"));
        Assert.NotNull(primeRow);
        Assert.Equal(primeRow.GetAttribute("data-slot"), supplierRow!.GetAttribute("data-slot"));
        Assert.Equal(primeRow.GetAttribute("data-table"), supplierRow.GetAttribute("data-table"));
        Assert.Contains("İŞBİR Elektrik", primeRow.TextContent);
    }

    [Fact]
    public async Task SchedulePage_WhenDrafted_SaysTheWeightIsOptimal()
    {
        var w = await MatchmakingWorld.CreateAsync(factory);
        var prime = await factory.SignedInAsync(w.Prime.Email);
        foreach (var (supplier, priority) in new[] { (w.Supplier, 3), (w.OtherSupplier, 2) })
        {
            var id = (await (await prime.PostAsJsonAsync($"/api/v1/events/{w.EventId}/meeting-requests", new { firmId = supplier.FirmId, priority }, Ct)).JsonAsync()).GetProperty("id").GetString();
            (await (await factory.SignedInAsync(supplier.Email)).PostAsync($"/api/v1/events/{w.EventId}/meeting-requests/{id}/accept", null, Ct)).EnsureSuccessStatusCode();
        }
        var organizer = await factory.SignedInPagesAsync(PlatformFactory.OrganizerEmail);
        var page = $"/organizer/events/{w.EventId}/schedule";
        var before = (await (await organizer.GetAsync(page, Ct)).HtmlAsync()).QuerySelector("[data-testid=schedule-bound]");

        await organizer.PostFormAsync(page, [], handler: "Draft");

        var bound = (await (await organizer.GetAsync(page, Ct)).HtmlAsync()).QuerySelector("[data-testid=schedule-bound]");
        Assert.Null(before);
        Assert.Equal("Ağırlık 5 (planlanan görüşmelerin öncelikleri toplamı): en iyisi, hiçbir plan daha iyisini yapamaz.", bound?.TextContent.Trim());
    }

    [Fact]
    public async Task SchedulePage_WhenRequesterPreferredASlot_DraftsTheMeetingThere()
    {
        var w = await MatchmakingWorld.CreateAsync(factory);
        var prime = await factory.SignedInAsync(w.Prime.Email);
        var id = (await (await prime.PostAsJsonAsync($"/api/v1/events/{w.EventId}/meeting-requests", new { firmId = w.Supplier.FirmId, priority = 2, preferredSlot = "D1-03" }, Ct)).JsonAsync()).GetProperty("id").GetString();
        (await (await factory.SignedInAsync(w.Supplier.Email)).PostAsync($"/api/v1/events/{w.EventId}/meeting-requests/{id}/accept", null, Ct)).EnsureSuccessStatusCode();
        var organizer = await factory.SignedInPagesAsync(PlatformFactory.OrganizerEmail);

        await organizer.PostFormAsync($"/organizer/events/{w.EventId}/schedule", [], handler: "Draft");

        Assert.Equal("D1-03", Assert.Single(await w.RequestsAsync(factory)).Slot);
    }

    [Fact]
    public async Task SchedulePage_WhenSupplier_IsForbidden()
    {
        var w = await MatchmakingWorld.CreateAsync(factory);
        var supplier = await factory.SignedInPagesAsync(w.Supplier.Email);

        var response = await supplier.GetAsync($"/organizer/events/{w.EventId}/schedule", Ct);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/access-denied", response.Headers.Location?.PathAndQuery ?? response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task AgendaPage_WhenVisitor_IsForbidden()
    {
        var w = await MatchmakingWorld.CreateAsync(factory);
        var visitor = await factory.SignedInPagesAsync(await factory.CreateUserAsync("Visitor"));

        var response = await visitor.GetAsync($"/events/{w.EventId}/agenda", Ct);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/access-denied", response.Headers.Location?.PathAndQuery ?? response.Headers.Location?.OriginalString);
    }
}
