using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Playwright;
using SupplierMeetups.BrowserTests.Infrastructure;
using SupplierMeetups.Web.Badges;
using SupplierMeetups.Web.CheckIn;
using SupplierMeetups.Web.CheckIn.Gates;
using SupplierMeetups.Web.CheckIn.Redeem;
using SupplierMeetups.Web.Events;
using SupplierMeetups.Web.Platform.Persistence;
using SupplierMeetups.Web.Platform.Security;

namespace SupplierMeetups.BrowserTests.Journeys;

public sealed class DoorOfflineJourneyTests(BrowserHost host) : IClassFixture<BrowserHost>
{
    [Fact]
    public async Task ScanPage_WhenTheNetworkDrops_DecidesLocallyQueuesAndUploadsOnceWithTheConflictShown()
    {
        var world = await ArrangeAsync();
        var page = await host.NewPageAsync("tr-TR");
        await host.SignInAsync(page, await host.Platform.CreateUserAsync(Roles.Staff));
        await page.GotoAsync($"/checkin/events/{world.EventId}/gates/{world.GateId}");
        await page.Locator("#scan-station[data-offline-ready=true]").WaitForAsync();
        await page.EvaluateAsync("navigator.serviceWorker.ready");
        // Once the service worker controls the page, a load puts the page in its cache for the offline reload below.
        await page.ReloadAsync();
        await page.Locator("#scan-station[data-offline-ready=true]").WaitForAsync();
        // The network drops; then another gate lets B in: the device cannot know. (Offline first: online, the page
        // refreshes its list after each upload, and could learn of B's entry before the drop.)
        await page.Context.SetOfflineAsync(true);
        await RedeemElsewhereAsync(world, world.TokenB);
        await page.ReloadAsync();
        await page.Locator("#scan-station[data-offline-ready=true]").WaitForAsync();
        var answer = page.GetByTestId("scan-answer");
        await ScanAsync(page, world.TokenA);
        await Assertions.Expect(answer).ToHaveAttributeAsync("data-result", "Admitted");
        var offlineName = await answer.Locator(".scan-person").TextContentAsync();
        await ScanAsync(page, world.TokenA);
        await Assertions.Expect(answer).ToHaveAttributeAsync("data-result", "AlreadyInside");
        await ScanAsync(page, world.TokenB);
        await Assertions.Expect(answer).ToHaveAttributeAsync("data-result", "Admitted");
        await ScanAsync(page, "KAĞIT-PARÇASI");
        await Assertions.Expect(answer).ToHaveAttributeAsync("data-result", "NotABadge");
        var queuedWhileOffline = await page.Locator("#scan-station").GetAttributeAsync("data-queue");

        await page.Context.SetOfflineAsync(false);
        await page.EvaluateAsync("window.dispatchEvent(new Event('online'))");
        await Assertions.Expect(page.Locator("#scan-station")).ToHaveAttributeAsync("data-queue", "0", new() { Timeout = 20_000 });
        await Assertions.Expect(page.GetByTestId("scan-conflicts").Locator("li")).ToHaveCountAsync(1);
        var conflictText = await page.GetByTestId("scan-conflicts").TextContentAsync();
        await page.EvaluateAsync("SupplierMeetupsDoor.offline.upload()");
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserHost.ScreenshotDirectory, "door-offline-uploaded.png"), FullPage = true });

        Assert.Equal("Mustafa Büyükeğen", offlineName);
        Assert.Equal("4", queuedWhileOffline);
        Assert.Contains("Ayşe Işık", conflictText);
        await using var scope = host.Platform.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var scans = await db.Set<DoorScan>().AsNoTracking().Where(s => s.EventId == world.EventId && s.GateId == world.GateId).ToListAsync(TestContext.Current.CancellationToken);
        Assert.Equal(4, scans.Count);
        Assert.All(scans, s => Assert.True(s.Offline));
        Assert.Equal(1, scans.Count(s => s.BadgeId == world.BadgeA && s.Result == ScanResult.Admitted));
        Assert.Equal(1, scans.Count(s => s.BadgeId == world.BadgeA && s.Result == ScanResult.AlreadyInside));
        var conflict = Assert.Single(scans, s => s.BadgeId == world.BadgeB);
        Assert.Equal((ScanResult.AlreadyInside, true), (conflict.Result, conflict.Conflict));
        var presenceB = await db.Set<Presence>().AsNoTracking().SingleAsync(p => p.BadgeId == world.BadgeB, TestContext.Current.CancellationToken);
        Assert.Equal(1, presenceB.Entries);
    }

    private static async Task ScanAsync(IPage page, string text)
    {
        await page.Locator("#scan-code").FocusAsync();
        await page.Keyboard.TypeAsync(text);
        await page.Keyboard.PressAsync("Enter");
    }

    private sealed record World(Guid EventId, Guid GateId, Guid OtherGateId, Guid BadgeA, string TokenA, Guid BadgeB, string TokenB);

    private async Task<World> ArrangeAsync()
    {
        await using var scope = host.Platform.Services.CreateAsyncScope();
        // Doors open all day in this host, so that the journey passes whatever the hour it runs at.
        var door = scope.ServiceProvider.GetRequiredService<IOptions<DoorOptions>>().Value;
        door.DoorsOpen = TimeOnly.MinValue;
        door.DoorsClose = TimeOnly.MaxValue;
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var e = new Event { NameTr = "Çevrimdışı Kapı", NameEn = "Offline Door", Venue = "TÜYAP", City = "Konya", StartDate = today.AddDays(-1), EndDate = today.AddDays(1) };
        var a = Visitor(e.Id, "Mustafa Büyükeğen");
        var b = Visitor(e.Id, "Ayşe Işık");
        var gate = new Gate { EventId = e.Id, Name = "Ana Giriş", CreatedAt = DateTimeOffset.UtcNow };
        var other = new Gate { EventId = e.Id, Name = "Doğu", CreatedAt = DateTimeOffset.UtcNow };
        db.AddRange(e, a, b, gate, other);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        var tokens = scope.ServiceProvider.GetRequiredService<BadgeTokens>();
        return new World(e.Id, gate.Id, other.Id, a.Id, tokens.Issue(a.Id), b.Id, tokens.Issue(b.Id));
    }

    private static Badge Visitor(Guid eventId, string name) => new()
    {
        EventId = eventId, Type = BadgeType.Visitor, PersonName = name, Organization = "İŞBİR Elektrik", HolderKind = "manual", HolderId = Guid.NewGuid(), IssuedAt = DateTimeOffset.UtcNow,
    };

    private async Task RedeemElsewhereAsync(World world, string token)
    {
        await using var scope = host.Platform.Services.CreateAsyncScope();
        var answer = await scope.ServiceProvider.GetRequiredService<Redeemer>().RedeemAsync(world.EventId,
            new RedeemRequest { Token = token, Gate = world.OtherGateId, Nonce = Guid.NewGuid().ToString("N") }, new Scanner(Guid.Empty, "doğu@test.local"), TestContext.Current.CancellationToken);
        Assert.Equal(ScanResult.Admitted, answer.Value!.Result);
    }
}
