using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using SupplierMeetups.BrowserTests.Infrastructure;
using SupplierMeetups.Web.Badges;
using SupplierMeetups.Web.CheckIn.Gates;
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
        Assert.Contains("Onay bekleyen 4 firmayı inceleyin", nextActions);
        Assert.Contains("tanıtım", eventName);
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
        var primeDone = await DoneStepsAsync(j);
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
        Assert.Superset(new HashSet<string> { "people", "needs", "agenda" }, primeDone);
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
        var supplierDone = await DoneStepsAsync(j);
        (string Link, string Heading)[] fromHome =
        [
            ("Firma profilini tamamlayın", "Firmayı düzenle"),
            ("Yeterlilikleri ve sertifikaları ekleyin", "Yeterlilikler"),
            ("Firma temsilcilerini bildirin", "Temsilciler"),
            ("Ana yüklenicilerden görüşme isteyin", "Görüşme talepleri"),
            ("Ana yüklenicilerin ihtiyaçları", "İhtiyaçları bize uyan"),
            ("Ajandam", "Ajandam"),
            ("Uygunluk durumum", "Uygunluk durumum"),
            ("Firmam", "Firmam"),
            ("Kat planı", "Katılımcı haritası"),
        ];
        await VisitAllAsync(j, home, fromHome);

        Assert.Contains("İŞBİR", myEvent);
        Assert.Contains("tanıtım", myEvent);
        Assert.Superset(new HashSet<string> { "people", "requests", "agenda" }, supplierDone);
        Assert.Equal(11, j.Visited.Count);
        Assert.True(j.Failures.Count == 0, string.Join("\n", j.Failures));
    }

    [Fact]
    public async Task Visitor_WhenClickingFromHomeOnAPhone_ReachesTheirRegistrationAndBadge()
    {
        // The demo's visitor is registered and confirmed for the upcoming demo event: the badge is ready.
        var j = await Journey.SignedInAsync(host, "visitor", "visitor@demo.local", DemoBrowserHost.Password, phone: true);
        await j.ClickAsync(j.Nav("Ziyaretçi kayıtlarım"), "Ziyaretçi kayıtlarım", "my-visits");
        var registrations = await j.Page.GetByTestId("my-visits").TextContentAsync();
        await j.ClickAsync(j.InMain("Yaka kartı ve kişisel veriler"), "Kaydım", "my-registration");
        var badge = await j.Page.GetByTestId("badge-download").GetAttributeAsync("href");

        Assert.Contains("Konya", registrations);
        Assert.Contains("tanıtım", registrations);
        Assert.StartsWith("/badges/", badge);
        Assert.True(j.Failures.Count == 0, string.Join("\n", j.Failures));
    }

    [Fact]
    public async Task DoorStaff_WhenClickingFromHomeOnAPhone_ReachTheirGateAndFindABadgeByName()
    {
        var j = await Journey.SignedInAsync(host, "staff", "staff@demo.local", DemoBrowserHost.Password, phone: true);
        await j.ClickAsync(j.Nav("Giriş kontrolü"), "Giriş kontrolü", "door");
        var firstEvent = j.Page.Locator("main a.door-choice").First;
        var eventId = Guid.Parse((await firstEvent.GetAttributeAsync("href"))!.Split('/')[^1], CultureInfo.InvariantCulture);
        var (gate, holder) = await AddGateAsync(eventId);
        await j.ClickAsync(firstEvent, "Kapınızı seçin", "choose-gate");
        await j.Page.Locator("main").GetByRole(AriaRole.Link, new() { Name = $"Giriş · {gate}" }).ClickAsync();
        await j.Page.GetByTestId("gate-name").WaitForAsync();
        await j.CheckHereAsync("scan");
        await j.Page.Locator("#scan-search").FillAsync(holder);
        await j.Page.Locator("form.scan-search button").ClickAsync();
        await j.Page.Locator(".scan-matches, [data-testid=no-matches]").First.WaitForAsync();
        await j.CheckHereAsync("scan-search");
        var found = await j.Page.Locator(".scan-matches li").CountAsync();

        Assert.True(found > 0, $"no badge found for {holder}");
        Assert.Equal(5, j.Visited.Count);
        Assert.True(j.Failures.Count == 0, string.Join("\n", j.Failures));
    }

    [Fact]
    public async Task Organizer_WhenClickingFromTheDashboard_AddsRenamesAndRemovesACapabilityWithAConfirmStep()
    {
        await host.GivePasswordAsync("organizer@demo.local");
        var j = await Journey.SignedInAsync(host, "organizer-taxonomy", "organizer@demo.local", DemoBrowserHost.Password, phone: false);
        var code = $"kaplama-{Guid.NewGuid().ToString("N")[..4]}";
        await j.ClickAsync(j.Nav("Pano"), "Pano", "dashboard");
        await j.ClickAsync(j.Page.GetByTestId("capabilities-link"), "Yetenekler", "capabilities");
        var terms = await j.Page.GetByTestId("capability").CountAsync();
        await j.Page.GetByLabel("Kod").FillAsync(code);
        await j.Page.GetByLabel("Üst yetenek").SelectOptionAsync("heat-surface-treatment");
        await j.Page.GetByLabel("Türkçe adı").FillAsync("Sert krom kaplama");
        await j.Page.GetByLabel("İngilizce adı").FillAsync("Hard chrome plating");
        await j.Page.Locator("main").GetByRole(AriaRole.Button, new() { Name = "Yeteneği ekle" }).ClickAsync();
        await j.Page.GetByTestId("capability-done").WaitForAsync();
        await j.CheckHereAsync("capability-added");
        var added = await j.Page.GetByTestId("capability-done").TextContentAsync();
        var row = j.Page.Locator($"[data-testid=capability][data-code='{code}']");
        var listed = await row.TextContentAsync();
        await j.ClickAsync(row.GetByTestId("change-capability"), "Sert krom kaplama", "capability-edit");
        await j.Page.GetByLabel("Türkçe adı").FillAsync("Sert krom kaplama ve taşlama");
        await j.Page.Locator("main").GetByRole(AriaRole.Button, new() { Name = "Kaydet" }).ClickAsync();
        await j.Page.GetByTestId("capability-done").WaitForAsync();
        await j.CheckHereAsync("capability-saved");
        var saved = await j.Page.GetByTestId("capability-done").TextContentAsync();
        await j.ClickAsync(row.GetByTestId("change-capability"), "Sert krom kaplama ve taşlama", "capability-edit-again");
        await j.ClickAsync(j.Page.GetByTestId("remove-capability"), "Sert krom kaplama ve taşlama", "capability-remove-step");
        var question = await j.Page.GetByTestId("remove-confirm").TextContentAsync();
        await j.Page.GetByTestId("remove-final").ClickAsync();
        await j.Page.GetByTestId("capability-done").WaitForAsync();
        await j.CheckHereAsync("capability-removed");
        var removed = await j.Page.GetByTestId("capability-done").TextContentAsync();
        var left = await row.CountAsync();

        Assert.True(terms >= 20, $"{terms} capabilities listed");
        Assert.Contains($"{code} yeteneği eklendi.", added);
        Assert.Contains("Sert krom kaplama", listed);
        Assert.Contains($"{code} yeteneği kaydedildi.", saved);
        Assert.Contains("Sert krom kaplama ve taşlama yeteneği kaldırılsın mı?", question);
        Assert.Contains($"{code} yeteneği kaldırıldı.", removed);
        Assert.Equal(0, left);
        Assert.True(j.Failures.Count == 0, string.Join("\n", j.Failures));
    }

    [Fact]
    public async Task Organizer_WhenClickingFromEventManagement_NamesAGateAndReachesTheDoorCountsAndKiosks()
    {
        await host.GivePasswordAsync("organizer@demo.local");
        var j = await Journey.SignedInAsync(host, "organizer-door", "organizer@demo.local", DemoBrowserHost.Password, phone: false);
        await j.ClickAsync(j.Nav("Etkinlik yönetimi"), "Etkinlik yönetimi", "events");
        await j.ClickAsync(j.InMain("Kapılar"), "Kapılar", "gates");
        var gate = $"Batı Kapısı {Guid.NewGuid().ToString("N")[..4]}";
        await j.Page.GetByLabel("Kapı adı").FillAsync(gate);
        await j.Page.Locator("main").GetByRole(AriaRole.Button, new() { Name = "Kapı ekle" }).ClickAsync();
        await j.Page.GetByTestId("gate-added").WaitForAsync();
        await j.CheckHereAsync("gate-added");
        var added = await j.Page.GetByTestId("gate-added").TextContentAsync();
        var listed = await j.Page.GetByTestId("gates").TextContentAsync();
        await j.ClickAsync(j.InMain("Giriş kontrolü sayıları"), "Giriş kontrolü sayıları", "door-counts");
        var figures = await j.Page.GetByTestId("door-figures").TextContentAsync();
        await j.ClickAsync(j.InMain("Kapılar"), "Kapılar", "gates-again");
        await j.ClickAsync(j.InMain("Kiosklar"), "Kiosklar", "kiosk-settings");
        var paper = await j.Page.GetByTestId("kiosk-paper").Locator("option").CountAsync();

        Assert.Contains(gate, added);
        Assert.Contains(gate, listed);
        Assert.False(string.IsNullOrWhiteSpace(figures));
        Assert.True(paper >= 2, $"{paper} paper sizes to choose from");
        Assert.Equal(7, j.Visited.Count);
        Assert.True(j.Failures.Count == 0, string.Join("\n", j.Failures));
    }

    [Fact]
    public async Task DoorStaff_OnAPhone_ClicksFromTheirGatesToATablesMeetingCheckIn()
    {
        var j = await Journey.SignedInAsync(host, "staff-tables", "staff@demo.local", DemoBrowserHost.Password, phone: true);
        await j.ClickAsync(j.Nav("Giriş kontrolü"), "Giriş kontrolü", "door");
        await j.ClickAsync(j.Page.Locator("main a.door-choice").First, "Kapınızı seçin", "choose-gate");
        await j.ClickAsync(j.Page.GetByTestId("meeting-checkin-link"), "Görüşme girişi", "tables");
        var meeting = j.Page.GetByTestId("table-meetings").Locator("a").First;
        var table = (await meeting.TextContentAsync())!.Split('·')[1].Trim().Replace("Masa ", "", StringComparison.Ordinal);
        await j.Page.GetByLabel("Masa", new() { Exact = true }).FillAsync(table);
        await j.Page.Locator("main").GetByRole(AriaRole.Button, new() { Name = "Göster" }).ClickAsync();
        await j.Page.WaitForURLAsync(url => url.Contains("table=", StringComparison.Ordinal));
        await j.CheckHereAsync("one-table");
        var atTable = await j.Page.GetByTestId("table-meetings").Locator("a").AllTextContentsAsync();
        await j.ClickAsync(j.Page.GetByTestId("table-meetings").Locator("a").First, "Görüşme girişi", "meeting");
        var sides = await j.Page.GetByTestId("meeting-sides").Locator("li").CountAsync();

        Assert.NotEmpty(atTable);
        Assert.All(atTable, m => Assert.Contains($"Masa {table}", m, StringComparison.Ordinal));
        Assert.Equal(2, sides);
        Assert.Equal(6, j.Visited.Count);
        Assert.True(j.Failures.Count == 0, string.Join("\n", j.Failures));
    }

    [Fact]
    public async Task Newcomer_OnAPhone_ReachesTheVisitorAndFirmSignUpForms_WithRequiredFieldsMarked()
    {
        var j = await Journey.AnonymousAsync(host, "newcomer", phone: true);
        var eventLink = j.Page.Locator("main .card h3 a").First;
        var eventName = (await eventLink.TextContentAsync())!.Trim();
        await j.ClickAsync(eventLink, eventName, "event");
        await j.ClickAsync(j.InMain("Ziyaretçi kaydı"), "Ziyaretçi kaydı", "visit-form");
        var visitLegend = await j.Page.Locator("main .required-legend").CountAsync();
        var visitRequired = await j.Page.Locator("main [aria-required=true]").CountAsync();
        await j.Page.Locator("main").GetByRole(AriaRole.Button, new() { Name = "Kaydol" }).ClickAsync();
        await j.Page.Locator("main .field-error:not(:empty)").First.WaitForAsync();
        await j.CheckHereAsync("visit-form-refused");
        await j.Page.GoBackAsync();
        await j.Page.GoBackAsync();
        await j.ClickAsync(j.InMain("Firmanızı kaydedin"), "Firmanızı kaydedin", "firm-form");
        var firmRequired = await j.Page.Locator("main label.required").AllTextContentsAsync();
        var countries = await j.Page.Locator("#Input_Country option").CountAsync();
        var provinces = await j.Page.Locator("#Input_City option").CountAsync();
        await j.Page.Locator("#Input_Country").SelectOptionAsync("DE");
        var abroadShown = await j.Page.Locator("#Input_City_Abroad").IsVisibleAsync();
        await j.Page.Locator("#Input_Country").SelectOptionAsync("TR");
        await j.Page.Locator("main").GetByRole(AriaRole.Button, new() { Name = "Kaydol" }).ClickAsync();
        await j.Page.WaitForLoadStateAsync(LoadState.Load);
        await j.CheckHereAsync("firm-form-refused");
        var firmErrors = await j.Page.Locator("main .field-error:not(:empty)").CountAsync();

        Assert.Equal(1, visitLegend);
        Assert.True(visitRequired >= 3, $"{visitRequired} required fields marked on the visitor form");
        Assert.Contains("Ticari unvan", firmRequired);
        Assert.Contains("Ülke", firmRequired);
        Assert.Contains("Şehir", firmRequired);
        Assert.True(countries > 200, $"{countries} countries to choose from");
        Assert.Equal(82, provinces);
        Assert.True(abroadShown, "a firm abroad cannot write its city");
        Assert.True(firmErrors > 0, "the empty firm form was not refused at its fields");
        Assert.True(j.Failures.Count == 0, string.Join("\n", j.Failures));
    }

    /// <summary>A gate at the door of the event the staff sees first (the demo names none), and the first word of a badge holder's name there.</summary>
    private async Task<(string Gate, string Holder)> AddGateAsync(Guid eventId)
    {
        await using var scope = host.Platform.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var holder = await db.Set<Badge>().Where(b => b.EventId == eventId && b.RevokedAt == null).OrderBy(b => b.PersonName).Select(b => b.PersonName).FirstAsync(TestContext.Current.CancellationToken);
        var gate = await db.Set<Gate>().Where(g => g.EventId == eventId).Select(g => g.Name).FirstOrDefaultAsync(TestContext.Current.CancellationToken);
        if (gate is null)
        {
            gate = "Kuzey Kapısı";
            db.Add(new Gate { EventId = eventId, Name = gate, CreatedAt = DateTimeOffset.UtcNow });
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        }
        return (gate, holder.Split(' ')[0]);
    }

    /// <summary>The keys of the checklist's steps that are done (the demo event has representatives, requests and a published agenda).</summary>
    private static async Task<HashSet<string>> DoneStepsAsync(Journey j)
    {
        var done = new HashSet<string>();
        foreach (var step in await j.Page.Locator("[data-testid=checklist] li.done").AllAsync())
        {
            done.Add(await step.GetAttributeAsync("data-step") ?? "");
        }
        return done;
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
