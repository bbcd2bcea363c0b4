using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SupplierMeetups.BrowserTests.Infrastructure;
using SupplierMeetups.Web.Events;
using SupplierMeetups.Web.Platform.Persistence;
using SupplierMeetups.Web.Registration.RegisterVisitor;

namespace SupplierMeetups.BrowserTests.Journeys;

/// <summary>
/// Each demo account starts at "/" and reaches every page of its role by clicking only (issue 14): the header
/// leads to the role's home, the home to everything else. Firms and visitors do it on a 390 px phone.
/// </summary>
public sealed class RoleJourneyTests(DemoBrowserHost host) : IClassFixture<DemoBrowserHost>
{
    [Fact]
    public async Task Organizer_WhenClickingFromHome_ReachesEveryOrganizerPage()
    {
        await host.GivePasswordAsync("organizer@demo.local");
        var j = await Journey.SignedInAsync(host, "organizer", "organizer@demo.local", DemoBrowserHost.Password, phone: false);
        var dashboard = j.Nav("Pano");
        await j.ClickAsync(dashboard, "Pano", "dashboard");
        var eventName = await j.Page.GetByTestId("dashboard-event").TextContentAsync();
        var reviewCount = await j.Page.GetByTestId("count-review").TextContentAsync();
        var nextActions = await j.Page.GetByTestId("next-actions").TextContentAsync();
        (string TestIdOrLink, string Heading)[] fromDashboard =
        [
            ("count-review", "Onay bekleyen firmalar"),
            ("count-booths", "Kat planı"),
            ("count-requests", "Görüşme takvimi"),
            ("count-emails", "Arka plan işleri"),
            ("count-badges", "Yaka kartları"),
            ("Firmalar", "Firmalar"),
            ("Etkinliği düzenle", "Etkinliği düzenle"),
            ("Ana yüklenicileri davet et", "Ana yükleniciyi davet et"),
            ("Eşleştirme kuralları", "Eşleştirme kuralları"),
            ("Görüşme sonuçları", "Görüşme sonuçları"),
            ("Etkinlik rakamları", "Rakamlar"),
            ("Aydınlatma metinleri", "Kişisel verilerin korunması"),
            ("Ziyaretçi kaydı ayarları", "Ziyaretçi kaydı ayarları"),
            ("Firma başına temsilci", "Temsilci sınırları"),
            ("Entegrasyonlar", "Entegrasyonlar"),
        ];
        foreach (var (target, heading) in fromDashboard)
        {
            await dashboard.ClickAsync();
            await j.Page.GetByTestId("dashboard-counts").WaitForAsync();
            var link = target.StartsWith("count-", StringComparison.Ordinal) ? j.Page.GetByTestId(target) : j.InMain(target);
            await j.ClickAsync(link, heading, target);
        }
        await j.ClickAsync(j.Page.GetByTestId("delivery-log"), "Web kancası gönderim kaydı", "webhook-deliveries");
        await dashboard.ClickAsync();
        await j.ClickAsync(j.Page.GetByTestId("count-review"), "Onay bekleyen firmalar", "queue-again");
        await j.ClickAsync(j.Page.GetByTestId("review-link").First, "firmasını inceleyin", "review-firm");
        var decision = await j.Page.GetByTestId("approve").CountAsync();
        await j.ClickAsync(j.Page.GetByTestId("reject"), "firmasını inceleyin", "review-reject-step");
        var rejectStep = await j.Page.GetByTestId("reject-confirm").TextContentAsync();
        foreach (var (link, heading) in new[] { ("Etkinlik yönetimi", "Etkinlik yönetimi"), ("E-posta şablonları", "E-posta şablonları"), ("Denetim kaydı", "Denetim kaydı") })
        {
            await j.ClickAsync(j.Nav(link), heading, link);
        }

        Assert.Contains("Konya", eventName);
        Assert.Matches(@"^\s*[1-9]\d*\s", reviewCount);
        Assert.Contains("Onay bekleyen 12 firmayı inceleyin", nextActions);
        Assert.Equal(1, decision);
        Assert.Contains("reddedilsin mi?", rejectStep);
        Assert.Equal(24, j.Visited.Count);
        Assert.True(j.Failures.Count == 0, string.Join("\n", j.Failures));
    }

    [Fact]
    public async Task Prime_WhenClickingFromHomeOnAPhone_ReachesCatalogNeedsRequestsAndAgenda()
    {
        var j = await Journey.SignedInAsync(host, "prime", "prime@demo.local", DemoBrowserHost.Password, phone: true);
        var home = j.Nav("Etkinliğim");
        await j.ClickAsync(home, "Etkinliğim", "my-event");
        var myEvent = await j.Page.GetByTestId("my-event").TextContentAsync();
        var steps = await j.Page.GetByTestId("checklist").Locator("li").CountAsync();
        (string Link, string Heading)[] fromHome =
        [
            ("Firma profilini tamamlayın", "Firmayı düzenle"),
            ("Yeterlilikleri ve sertifikaları ekleyin", "Yeterlilikler"),
            ("Firma temsilcilerini bildirin", "Temsilciler"),
            ("Aradıklarınızı (ihtiyaçlarınızı) yayımlayın", "İhtiyaçlarımız"),
            ("Tedarikçi kataloğu", "Tedarikçi kataloğu"),
            ("requests-link", "Görüşme talepleri"),
            ("Ajandam", "Ajandam"),
            ("Uygunluk durumum", "Uygunluk durumum"),
            ("Firmam", "Firmam"),
            ("Kat planı", "Katılımcı haritası"),
        ];
        await VisitAllAsync(j, home, fromHome);

        Assert.Contains("ASELSAN", myEvent);
        Assert.Equal(5, steps);
        Assert.Equal(12, j.Visited.Count);
        Assert.True(j.Failures.Count == 0, string.Join("\n", j.Failures));
    }

    [Fact]
    public async Task Supplier_WhenClickingFromHomeOnAPhone_ReachesNeedsRequestsAndAgenda()
    {
        var j = await Journey.SignedInAsync(host, "supplier", "supplier@demo.local", DemoBrowserHost.Password, phone: true);
        var home = j.Nav("Etkinliğim");
        await j.ClickAsync(home, "Etkinliğim", "my-event");
        var myEvent = await j.Page.GetByTestId("my-event").TextContentAsync();
        (string Link, string Heading)[] fromHome =
        [
            ("Firma profilini tamamlayın", "Firmayı düzenle"),
            ("Yeterlilikleri ve sertifikaları ekleyin", "Yeterlilikler"),
            ("Firma temsilcilerini bildirin", "Temsilciler"),
            ("Ana yüklenicilerden görüşme isteyin", "Görüşme talepleri"),
            ("Ana sanayi firmalarının ihtiyaçları", "İhtiyaçları bize uyan"),
            ("Ajandam", "Ajandam"),
            ("Uygunluk durumum", "Uygunluk durumum"),
            ("Firmam", "Firmam"),
            ("Kat planı", "Katılımcı haritası"),
        ];
        await VisitAllAsync(j, home, fromHome);

        Assert.Contains("İŞBİR", myEvent);
        Assert.Equal(11, j.Visited.Count);
        Assert.True(j.Failures.Count == 0, string.Join("\n", j.Failures));
    }

    [Fact]
    public async Task Visitor_WhenClickingFromHomeOnAPhone_ReachesTheirRegistrationAndBadge()
    {
        await RegisterDemoVisitorAsync();
        var j = await Journey.SignedInAsync(host, "visitor", "visitor@demo.local", DemoBrowserHost.Password, phone: true);
        await j.ClickAsync(j.Nav("Ziyaretçi kayıtlarım"), "Ziyaretçi kayıtlarım", "my-visits");
        var registrations = await j.Page.GetByTestId("my-visits").TextContentAsync();
        await j.ClickAsync(j.InMain("Yaka kartı ve kişisel veriler"), "Kaydım", "my-registration");
        await j.ClickAsync(j.Page.GetByTestId("confirm"), "Kaydım", "confirmed");
        var badge = await j.Page.GetByTestId("badge-download").GetAttributeAsync("href");

        Assert.Contains("Konya", registrations);
        Assert.StartsWith("/badges/", badge);
        Assert.True(j.Failures.Count == 0, string.Join("\n", j.Failures));
    }

    /// <summary>The demo's visitor account, registered (not yet confirmed) for the demo event.</summary>
    private async Task RegisterDemoVisitorAsync()
    {
        await using var scope = host.Platform.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var eventId = await db.Set<Event>().Select(e => e.Id).FirstAsync(TestContext.Current.CancellationToken);
        db.Add(new Visitor
        {
            EventId = eventId,
            FullName = "Zeynep Ziyaretçi",
            Organization = "Selçuk Üniversitesi",
            Email = "visitor@demo.local",
            NormalizedEmail = Visitor.Normalize("visitor@demo.local"),
            RegisteredAt = DateTimeOffset.UtcNow,
        });
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
    }

    private static async Task VisitAllAsync(Journey j, Microsoft.Playwright.ILocator home, (string Link, string Heading)[] pages)
    {
        foreach (var (target, heading) in pages)
        {
            await home.ClickAsync();
            await j.Page.GetByTestId("checklist").WaitForAsync();
            var link = target.EndsWith("-link", StringComparison.Ordinal) ? j.Page.GetByTestId(target) : j.InMain(target);
            await j.ClickAsync(link, heading, target);
        }
    }
}
