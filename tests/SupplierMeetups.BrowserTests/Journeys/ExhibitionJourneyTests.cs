using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using SupplierMeetups.BrowserTests.Infrastructure;
using SupplierMeetups.IntegrationTests.Infrastructure;
using SupplierMeetups.Web.Events;
using SupplierMeetups.Web.Identity;
using SupplierMeetups.Web.Platform.Persistence;
using SupplierMeetups.Web.Platform.Security;
using SupplierMeetups.Web.Registration;

namespace SupplierMeetups.BrowserTests.Journeys;

public sealed class ExhibitionJourneyTests(BrowserHost host) : IClassFixture<BrowserHost>
{
    [Fact]
    public async Task Organizer_GeneratesAGridAndAssignsABoothByClickingIt_AndTheExhibitorSeesItOnThePublicMap()
    {
        var eventId = await EventAsync();
        var contact = $"isbir-{Guid.NewGuid():N}@test.local";
        await ExhibitorAsync(eventId, "İŞBİR Elektrik", contact);
        var organizer = await host.NewPageAsync("tr-TR");
        await SignInAsync(organizer, PlatformFactory.OrganizerEmail);

        await organizer.GotoAsync($"/organizer/events/{eventId}/booths/grid");
        await organizer.GetByLabel("Satırlar").FillAsync("2");
        await organizer.GetByLabel("Sütunlar", new() { Exact = true }).FillAsync("6");
        await organizer.GetByRole(AriaRole.Button, new() { Name = "Oluştur" }).ClickAsync();
        await organizer.GetByTestId("floor-plan").WaitForAsync();
        var drawn = await organizer.Locator("svg .booth").CountAsync();
        await organizer.Locator("[data-booth='A-03']").ClickAsync();
        await organizer.GetByLabel("Firma", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "İŞBİR Elektrik" });
        await organizer.GetByRole(AriaRole.Button, new() { Name = "Ata", Exact = true }).ClickAsync();
        await organizer.GetByTestId("floor-plan").WaitForAsync();
        var boothClass = await organizer.Locator("[data-booth='A-03']").GetAttributeAsync("class");
        var boothText = await organizer.Locator("[data-booth='A-03']").TextContentAsync();

        var exhibitor = await host.NewPageAsync("tr-TR");
        await SignInAsync(exhibitor, contact);
        await exhibitor.GotoAsync($"/events/{eventId}/booth-request");
        var myBooth = await exhibitor.GetByTestId("my-booth").TextContentAsync();
        await exhibitor.GetByRole(AriaRole.Link, new() { Name = "Katılımcı haritasında görün" }).ClickAsync();
        await exhibitor.GetByTestId("floor-plan").WaitForAsync();
        var highlighted = await exhibitor.Locator("svg .booth.highlighted").GetAttributeAsync("data-booth");
        var visitor = await host.NewPageAsync("tr-TR");
        await visitor.GotoAsync($"/events/{eventId}/map");
        await visitor.GetByLabel("Katılımcı bul").FillAsync("isbir");
        await visitor.GetByRole(AriaRole.Button, new() { Name = "Ara" }).ClickAsync();
        await visitor.Locator("svg .booth.highlighted").WaitForAsync();
        var visitorHighlighted = await visitor.Locator("svg .booth.highlighted").GetAttributeAsync("data-booth");
        var screenshot = Path.Combine(BrowserHost.ScreenshotDirectory, "public-map-isbir.png");
        await visitor.ScreenshotAsync(new() { Path = screenshot, FullPage = true });

        Assert.Equal(12, drawn);
        Assert.Contains("assigned", boothClass);
        Assert.Contains("İŞBİR", boothText);
        Assert.Contains("A-03", myBooth);
        Assert.Equal("A-03", highlighted);
        Assert.Equal("A-03", visitorHighlighted);
        Assert.True(new FileInfo(screenshot).Length > 10_000, "the screenshot is empty");
    }

    private Task SignInAsync(IPage page, string email) => host.SignInAsync(page, email);

    /// <summary>An approved exhibitor with its contact account (the registration module's rows, written directly).</summary>
    private async Task ExhibitorAsync(Guid eventId, string name, string contactEmail)
    {
        await host.Platform.CreateUserAsync(Roles.Supplier, contactEmail, "Mustafa Büyükeğen");
        await using var scope = host.Platform.Services.CreateAsyncScope();
        var user = (await scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>().FindByEmailAsync(contactEmail))!;
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var firm = new Firm { ShortName = name, LegalName = name + " A.Ş.", City = "Konya" };
        firm.RefreshSearchText();
        db.Add(firm);
        db.Add(new Participation { EventId = eventId, FirmId = firm.Id, Type = ParticipationType.Exhibitor, Status = ParticipationStatus.Approved, ContactUserId = user.Id });
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
    }

    private async Task<Guid> EventAsync()
    {
        await using var scope = host.Platform.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var fair = new Event { NameTr = "Konya Stant Yolculuğu", NameEn = "Konya Booth Journey", Venue = "TÜYAP Konya", City = "Konya", StartDate = new DateOnly(2030, 11, 5), EndDate = new DateOnly(2030, 11, 6) };
        fair.Halls = [new Hall { EventId = fair.Id, Name = "Salon 1", AreaSquareMetres = 2700 }];
        db.Add(fair);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        return fair.Id;
    }
}
