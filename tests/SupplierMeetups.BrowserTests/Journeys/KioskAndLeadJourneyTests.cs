using Deque.AxeCore.Playwright;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using SupplierMeetups.BrowserTests.Infrastructure;
using SupplierMeetups.IntegrationTests.Matchmaking;
using SupplierMeetups.Web.Badges;
using SupplierMeetups.Web.Platform.Persistence;
using SupplierMeetups.Web.Platform.Security;
using SupplierMeetups.Web.Registration.RegisterVisitor;

namespace SupplierMeetups.BrowserTests.Journeys;

/// <summary>
/// On a 390 px phone: a kiosk prints a visitor's badge from the e-mail's code and registers a walk-in, and an exhibitor
/// scans that visitor at the booth from "my event" — every page without serious axe findings and without sideways scrolling.
/// </summary>
public sealed class KioskAndLeadJourneyTests(BrowserHost host) : IClassFixture<BrowserHost>
{
    private readonly List<string> _failures = [];

    [Fact]
    public async Task Kiosk_PrintsByCodeAndRegistersAWalkIn_AndTheExhibitorScansTheVisitorIntoTheLeads()
    {
        var world = await MatchmakingWorld.CreateAsync(host.Platform);
        var visitorId = await VisitorAsync(world.EventId);
        var kiosk = await host.Platform.CreateUserAsync(Roles.Kiosk, fullName: "Kiosk Hol A");
        var page = await host.NewPageAsync("tr-TR", 390);
        await host.SignInAsync(page, kiosk);

        await page.GotoAsync("/");
        await page.Locator("h1").Filter(new() { HasText = "Yaka kartınızı basın" }).WaitForAsync();
        await CheckAsync(page, "kiosk-home");
        await page.GetByLabel("E-posta", new() { Exact = true }).FillAsync("ayse.kiosk@test.local");
        await page.GetByLabel("E-postadaki kod", new() { Exact = true }).FillAsync("k7m2-pq4x");
        await page.GetByRole(AriaRole.Button, new() { Name = "Yaka kartımı bas" }).ClickAsync();
        await page.GetByTestId("kiosk-printed").WaitForAsync();
        var printed = await page.GetByTestId("kiosk-printed").TextContentAsync();
        await CheckAsync(page, "kiosk-printed");

        await page.GetByTestId("kiosk-done").ClickAsync();
        await page.GetByTestId("kiosk-walk-in").ClickAsync();
        await page.Locator("h1").Filter(new() { HasText = "Hemen kaydolun" }).WaitForAsync();
        await CheckAsync(page, "kiosk-walk-in");
        await page.GetByLabel("Ad soyad", new() { Exact = true }).FillAsync("İlkay Göğüş");
        await page.GetByLabel("Kurum", new() { Exact = true }).FillAsync("Ereğli Çelik");
        await page.GetByLabel("E-posta", new() { Exact = true }).FillAsync($"walkin-{Guid.NewGuid():N}@test.local");
        await page.GetByLabel("Ülke", new() { Exact = true }).FillAsync("Türkiye");
        await page.Locator("#Input_AcceptConsent").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Kaydol ve yaka kartımı bas" }).ClickAsync();
        await page.GetByTestId("kiosk-printed").WaitForAsync();
        var walkedIn = await page.GetByTestId("kiosk-printed").TextContentAsync();

        var exhibitor = await host.NewPageAsync("tr-TR", 390);
        await host.SignInAsync(exhibitor, world.OtherSupplier.Email);
        await exhibitor.GotoAsync($"/my/event?eventId={world.EventId}");
        await exhibitor.GetByTestId("leads-link").ClickAsync();
        await exhibitor.Locator("h1").Filter(new() { HasText = "Stant ziyaretçileri" }).WaitForAsync();
        await CheckAsync(exhibitor, "leads-empty");
        await exhibitor.GetByTestId("lead-code").FillAsync(await TokenAsync(visitorId));
        await exhibitor.GetByTestId("lead-code").PressAsync("Enter");
        await exhibitor.GetByTestId("leads").WaitForAsync();
        var leads = await exhibitor.GetByTestId("leads").TextContentAsync();
        await CheckAsync(exhibitor, "leads");

        Assert.Contains("Ayşe Şükran Çelik", printed);
        Assert.Contains("İlkay Göğüş", walkedIn);
        Assert.Contains("Ayşe Şükran Çelik", leads);
        Assert.Contains("ayse.kiosk@test.local", leads);
        Assert.True(_failures.Count == 0, string.Join("\n", _failures));
    }

    private async Task CheckAsync(IPage page, string shot)
    {
        await page.WaitForLoadStateAsync(LoadState.Load);
        var path = new Uri(page.Url).PathAndQuery;
        var axe = await page.RunAxe();
        foreach (var violation in axe.Violations.Where(v => v.Impact is "critical" or "serious"))
        {
            _failures.Add($"axe {violation.Impact} {violation.Id} on {path}: {string.Join(" | ", violation.Nodes.Take(3).Select(n => n.Html))}");
        }
        var widths = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, window.innerWidth]");
        if (widths[0] > widths[1])
        {
            _failures.Add($"{path} is {widths[0]} px wide on a {widths[1]} px phone");
        }
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserHost.ScreenshotDirectory, $"door-{shot}-390.png"), FullPage = true });
    }

    /// <summary>A visitor who registered online, agreed to share their contact, and has not confirmed yet: the kiosk confirms them.</summary>
    private async Task<Guid> VisitorAsync(Guid eventId)
    {
        await using var scope = host.Platform.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var visitor = new Visitor
        {
            EventId = eventId, FullName = "Ayşe Şükran Çelik", Organization = "Selçuk Üniversitesi", Email = "ayse.kiosk@test.local",
            NormalizedEmail = Visitor.Normalize("ayse.kiosk@test.local"), Phone = "0332 444 55 66", ShareContact = true, KioskCode = "K7M2PQ4X",
            RegisteredAt = DateTimeOffset.UtcNow,
        };
        db.Add(visitor);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        return visitor.Id;
    }

    private async Task<string> TokenAsync(Guid holderId)
    {
        await using var scope = host.Platform.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var badge = db.Set<Badge>().Single(b => b.HolderId == holderId);
        return scope.ServiceProvider.GetRequiredService<BadgeTokens>().Issue(badge.Id);
    }
}
