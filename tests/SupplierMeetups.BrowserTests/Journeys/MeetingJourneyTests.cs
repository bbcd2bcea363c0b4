using Microsoft.Playwright;
using SupplierMeetups.BrowserTests.Infrastructure;
using SupplierMeetups.IntegrationTests.Infrastructure;
using SupplierMeetups.IntegrationTests.Matchmaking;

namespace SupplierMeetups.BrowserTests.Journeys;

public sealed class MeetingJourneyTests(BrowserHost host) : IClassFixture<BrowserHost>
{
    private async Task<IPage> SignedInAsync(string email)
    {
        var page = await host.NewPageAsync("tr-TR");
        await host.SignInAsync(page, email);
        return page;
    }

    [Fact]
    public async Task Prime_FindsSupplierByCapability_Requests_SupplierAccepts_OrganizerPublishes_BothAgendasAgree()
    {
        var w = await MatchmakingWorld.CreateAsync(host.Platform);

        var prime = await SignedInAsync(w.Prime.Email);
        await prime.GotoAsync($"/events/{w.EventId}/catalog");
        await prime.GetByTestId("capability").SelectOptionAsync("electronics");
        await prime.GetByTestId("search").ClickAsync();
        await prime.GetByRole(AriaRole.Link, new() { Name = "İŞBİR Elektrik" }).ClickAsync();
        await prime.GetByTestId("request-meeting").ClickAsync();
        await prime.GetByLabel("Öncelik").SelectOptionAsync("3");
        await prime.GetByLabel("Not").FillAsync("Kart dizgi ve kablo demeti");
        await prime.GetByTestId("send-request").ClickAsync();
        await prime.GetByTestId("sent").WaitForAsync();

        var supplier = await SignedInAsync(w.Supplier.Email);
        await supplier.GotoAsync($"/events/{w.EventId}/meetings");
        await supplier.GetByTestId("accept").ClickAsync();
        await supplier.GetByTestId("received").WaitForAsync();

        var organizer = await SignedInAsync(PlatformFactory.OrganizerEmail);
        await organizer.GotoAsync($"/organizer/events/{w.EventId}/schedule");
        await organizer.GetByTestId("draft").ClickAsync();
        await organizer.GetByTestId("publish-ask").ClickAsync();
        await organizer.GetByTestId("publish").ClickAsync();
        await organizer.GetByTestId("schedule-figures").WaitForAsync();
        var figures = await organizer.GetByTestId("schedule-figures").TextContentAsync();

        await prime.GotoAsync($"/events/{w.EventId}/agenda");
        await supplier.GotoAsync($"/events/{w.EventId}/agenda");
        var primeRow = prime.Locator("[data-testid=agenda] tbody tr").First;
        var supplierRow = supplier.Locator("[data-testid=agenda] tbody tr").First;
        await supplier.ScreenshotAsync(new() { Path = Path.Combine(BrowserHost.ScreenshotDirectory, "supplier-agenda.png"), FullPage = true });

        Assert.Contains("1 yayımlandı", figures);
        Assert.Equal(await primeRow.GetAttributeAsync("data-slot"), await supplierRow.GetAttributeAsync("data-slot"));
        Assert.Equal(await primeRow.GetAttributeAsync("data-table"), await supplierRow.GetAttributeAsync("data-table"));
        Assert.NotNull(await primeRow.GetAttributeAsync("data-slot"));
        Assert.Contains("İŞBİR Elektrik", await primeRow.TextContentAsync());
        Assert.Contains("ASELSAN", await supplierRow.TextContentAsync());
    }
}
