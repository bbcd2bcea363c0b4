using Deque.AxeCore.Playwright;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Playwright;
using SupplierMeetups.BrowserTests.Infrastructure;
using SupplierMeetups.Web.Badges;
using SupplierMeetups.Web.CheckIn;
using SupplierMeetups.Web.CheckIn.Gates;
using SupplierMeetups.Web.Events;
using SupplierMeetups.Web.Platform.Persistence;
using SupplierMeetups.Web.Platform.Security;

namespace SupplierMeetups.BrowserTests.Journeys;

public sealed class DoorScanJourneyTests(BrowserHost host) : IClassFixture<BrowserHost>
{
    [Fact]
    public async Task DoorStaff_ClicksToTheirGate_AndAScannerTypingIntoTheFocusedField_GetsColouredAnswers()
    {
        var (eventId, token) = await ArrangeAsync();
        var staff = await host.Platform.CreateUserAsync(Roles.Staff);
        var page = await host.NewPageAsync("tr-TR");
        await page.SetViewportSizeAsync(390, 844);
        await host.SignInAsync(page, staff);

        await page.GetByRole(AriaRole.Link, new() { Name = "Giriş kontrolü" }).ClickAsync();
        await page.Locator($"a[href='/checkin/events/{eventId}']").ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Giriş · Ana Giriş" }).ClickAsync();
        await page.GetByTestId("gate-name").WaitForAsync();
        var focused = await page.EvaluateAsync<string>("document.activeElement && document.activeElement.id");

        // A USB scanner is a keyboard: it types the QR's text into whatever has the focus, then Enter.
        await page.Keyboard.TypeAsync(token);
        await page.Keyboard.PressAsync("Enter");
        var answer = page.GetByTestId("scan-answer");
        await Assertions.Expect(answer).ToHaveAttributeAsync("data-result", "Admitted");
        var admittedClass = await answer.GetAttributeAsync("class");
        var findings = await SeriousAxeFindingsAsync(page, "admitted");
        var name = await answer.Locator(".scan-person").TextContentAsync();
        var width = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserHost.ScreenshotDirectory, "door-scan-admitted-390.png"), FullPage = true });
        var stillFocused = await page.EvaluateAsync<string>("document.activeElement && document.activeElement.id");

        await page.Keyboard.TypeAsync(token);
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(answer).ToHaveAttributeAsync("data-result", "AlreadyInside");
        var amberClass = await answer.GetAttributeAsync("class");
        findings.AddRange(await SeriousAxeFindingsAsync(page, "already inside"));

        await page.Keyboard.TypeAsync("NOT-A-BADGE-1234");
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(answer).ToHaveAttributeAsync("data-result", "NotABadge");
        var redClass = await answer.GetAttributeAsync("class");
        findings.AddRange(await SeriousAxeFindingsAsync(page, "not a badge"));
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserHost.ScreenshotDirectory, "door-scan-refused-390.png"), FullPage = true });

        Assert.Equal("scan-code", focused);
        Assert.Equal("scan-code", stillFocused);
        Assert.Contains("scan-green", admittedClass);
        Assert.Equal("Mustafa Büyükeğen", name);
        Assert.Contains("scan-amber", amberClass);
        Assert.Contains("scan-red", redClass);
        Assert.True(width <= 390, $"the scan page is {width} px wide at 390 px");
        Assert.True(findings.Count == 0, string.Join("\n", findings));
    }

    /// <summary>Each coloured answer is its own look (green, amber, red): axe checks the contrast of each.</summary>
    private static async Task<List<string>> SeriousAxeFindingsAsync(IPage page, string answer) =>
        (await page.RunAxe()).Violations.Where(v => v.Impact is "critical" or "serious")
            .Select(v => $"axe {v.Impact} {v.Id} with the answer '{answer}': {string.Join(" | ", v.Nodes.Take(3).Select(n => n.Html))}").ToList();

    private async Task<(Guid EventId, string Token)> ArrangeAsync()
    {
        await using var scope = host.Platform.Services.CreateAsyncScope();
        // Doors open all day in this host, so that the journey passes whatever the hour it runs at.
        var door = scope.ServiceProvider.GetRequiredService<IOptions<DoorOptions>>().Value;
        door.DoorsOpen = TimeOnly.MinValue;
        door.DoorsClose = TimeOnly.MaxValue;
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var e = new Event { NameTr = "Kapı Yolculuğu", NameEn = "Door Journey", Venue = "TÜYAP", City = "Konya", StartDate = today.AddDays(-1), EndDate = today.AddDays(1) };
        var badge = new Badge { EventId = e.Id, Type = BadgeType.Visitor, PersonName = "Mustafa Büyükeğen", Organization = "İŞBİR Elektrik", HolderKind = "manual", HolderId = Guid.NewGuid(), IssuedAt = DateTimeOffset.UtcNow };
        db.AddRange(e, badge, new Gate { EventId = e.Id, Name = "Ana Giriş", CreatedAt = DateTimeOffset.UtcNow });
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        return (e.Id, scope.ServiceProvider.GetRequiredService<BadgeTokens>().Issue(badge.Id));
    }
}
