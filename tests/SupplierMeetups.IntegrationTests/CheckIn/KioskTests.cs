using System.Net;
using System.Net.Http.Json;
using SupplierMeetups.IntegrationTests.Infrastructure;
using SupplierMeetups.UnitTests.Support;
using SupplierMeetups.Web.Platform.Security;

namespace SupplierMeetups.IntegrationTests.CheckIn;

public sealed class KioskTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    [Fact]
    public async Task ConfirmationEmail_CarriesTheKioskCodeAndItsQrCode()
    {
        var scene = await KioskScene.CreateAsync(factory);

        var (_, code, mail) = await scene.VisitorAsync();

        var (name, png) = Assert.Single(mail.Attachments);
        Assert.Equal("kiosk-code.png", name);
        Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }, png[..4]);
        Assert.Contains(code, mail.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Print_WithEmailAndCode_ConfirmsTheVisitorAndPrintsTheBadgeWithTheExactTurkishName()
    {
        var scene = await KioskScene.CreateAsync(factory);
        var (email, code, _) = await scene.VisitorAsync("Şükrü Çağlayan Iğdırlı", "Öztürk İğne Sanayi");

        var response = await scene.PrintAsync(new { email = email.ToUpperInvariant(), code = code.ToLowerInvariant().Replace("-", " ", StringComparison.Ordinal), nonce = Guid.NewGuid().ToString("N") });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var print = await response.JsonAsync();
        Assert.False(print.GetProperty("reprint").GetBoolean());
        Assert.Equal(2, print.GetProperty("printsLeft").GetInt32());
        Assert.Equal("EmailCode", print.GetProperty("source").GetString());
        var pdf = await scene.PdfAsync(print.GetProperty("pdf").GetString()!);
        using var pdfs = new PdfInspector();
        var text = await pdfs.TextAsync(pdf);
        Assert.Contains("Şükrü Çağlayan Iğdırlı", text, StringComparison.Ordinal);
        Assert.Contains("Öztürk İğne Sanayi", text, StringComparison.Ordinal);
        Assert.StartsWith("297.6", await pdfs.PageSizeAsync(pdf), StringComparison.Ordinal); // A6: 105 mm = 297.64 pt
        Assert.NotNull((await scene.VisitorRowAsync(email)).ConfirmedAt);
    }

    [Fact]
    public async Task Print_WithTheEmailsQrCode_PrintsOnTheLabelSizeTheOrganizerSet()
    {
        var scene = await KioskScene.CreateAsync(factory);
        var (_, code, _) = await scene.VisitorAsync("Gülşen Ağaoğlu", "Selçuklu Döküm");
        var set = await scene.Door.Organizer.PutAsJsonAsync($"/api/v1/events/{scene.EventId}/kiosk/settings", new { paper = "Label62x100", reprintLimit = 2 }, TestContext.Current.CancellationToken);

        var response = await scene.PrintAsync(new { qr = "SMK:" + code.Replace("-", "", StringComparison.Ordinal), nonce = Guid.NewGuid().ToString("N") });

        Assert.Equal(HttpStatusCode.OK, set.StatusCode);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var print = await response.JsonAsync();
        Assert.Equal("QrCode", print.GetProperty("source").GetString());
        var pdf = await scene.PdfAsync(print.GetProperty("pdf").GetString()!);
        using var pdfs = new PdfInspector();
        Assert.Contains("Gülşen Ağaoğlu", await pdfs.TextAsync(pdf), StringComparison.Ordinal);
        Assert.StartsWith("175.7", await pdfs.PageSizeAsync(pdf), StringComparison.Ordinal); // 62 mm = 175.75 pt
    }

    [Fact]
    public async Task Reprints_AreLimitedAndLogged_AndPastTheLimitSendToTheDesk()
    {
        var scene = await KioskScene.CreateAsync(factory, "en-US");
        var (email, code, _) = await scene.VisitorAsync();
        await scene.Door.Organizer.PutAsJsonAsync($"/api/v1/events/{scene.EventId}/kiosk/settings", new { paper = "A6", reprintLimit = 1 }, TestContext.Current.CancellationToken);
        var nonce = Guid.NewGuid().ToString("N");

        var first = await scene.PrintAsync(new { email, code, nonce });
        var resent = await scene.PrintAsync(new { email, code, nonce });
        var (_, token) = await scene.BadgeOfAsync((await scene.VisitorRowAsync(email)).Id);
        var reprint = await scene.PrintAsync(new { qr = token, nonce = Guid.NewGuid().ToString("N") });
        var over = await scene.PrintAsync(new { email, code, nonce = Guid.NewGuid().ToString("N") });
        var log = await scene.Door.Organizer.GetAsync($"/api/v1/events/{scene.EventId}/kiosk/prints", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal((await first.JsonAsync()).GetProperty("id").GetGuid(), (await resent.JsonAsync()).GetProperty("id").GetGuid());
        var second = await reprint.JsonAsync();
        Assert.True(second.GetProperty("reprint").GetBoolean());
        Assert.Equal("Badge", second.GetProperty("source").GetString());
        Assert.Equal(0, second.GetProperty("printsLeft").GetInt32());
        Assert.Equal(HttpStatusCode.Conflict, over.StatusCode);
        var problem = await over.JsonAsync();
        Assert.Equal("Please go to the registration desk.", problem.GetProperty("title").GetString());
        Assert.Contains("2 times", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        var prints = (await log.JsonAsync()).EnumerateArray().ToList();
        Assert.Equal(2, prints.Count);
        Assert.All(prints, p => Assert.Equal(scene.KioskEmail, p.GetProperty("kioskName").GetString()));
        Assert.Equal([2, 1], prints.Select(p => p.GetProperty("sequence").GetInt32()));
    }

    [Fact]
    public async Task Prints_SentAtTheSameInstantByManyKiosks_StayWithinTheLimit_AndOneFormSentFiveTimesPrintsOnce()
    {
        var scene = await KioskScene.CreateAsync(factory, "en-US");
        var (email, code, _) = await scene.VisitorAsync();
        var (other, otherCode, _) = await scene.VisitorAsync();
        await scene.Door.Organizer.PutAsJsonAsync($"/api/v1/events/{scene.EventId}/kiosk/settings", new { paper = "A6", reprintLimit = 1 }, TestContext.Current.CancellationToken);
        var nonce = Guid.NewGuid().ToString("N");

        var racing = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => scene.PrintAsync(new { email, code, nonce = Guid.NewGuid().ToString("N") })));
        var resent = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => scene.PrintAsync(new { email = other, code = otherCode, nonce })));
        var log = (await (await scene.Door.Organizer.GetAsync($"/api/v1/events/{scene.EventId}/kiosk/prints", TestContext.Current.CancellationToken)).JsonAsync()).EnumerateArray().ToList();

        Assert.Equal(2, racing.Count(r => r.StatusCode == HttpStatusCode.Created));
        Assert.Equal(4, racing.Count(r => r.StatusCode == HttpStatusCode.Conflict));
        Assert.All(resent, r => Assert.True(r.IsSuccessStatusCode, $"{r.StatusCode}"));
        var ids = new HashSet<Guid>();
        foreach (var r in resent)
        {
            ids.Add((await r.JsonAsync()).GetProperty("id").GetGuid());
        }
        Assert.Single(ids);
        Assert.Equal(3, log.Count);
        Assert.Equal([1, 1, 2], log.Select(p => p.GetProperty("sequence").GetInt32()).Order());
    }

    [Fact]
    public async Task Print_WithAWrongCodeOrAnotherAddress_Answers404AndPrintsNothing()
    {
        var scene = await KioskScene.CreateAsync(factory, "en-US");
        var (email, code, _) = await scene.VisitorAsync();

        var wrongCode = await scene.PrintAsync(new { email, code = "ABCD-EFGH" });
        var otherAddress = await scene.PrintAsync(new { email = "someone-else@test.local", code });
        var garbage = await scene.PrintAsync(new { qr = "SMK:<script>" });
        var log = await scene.Door.Organizer.GetAsync($"/api/v1/events/{scene.EventId}/kiosk/prints", TestContext.Current.CancellationToken);

        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.NotFound), (wrongCode.StatusCode, otherAddress.StatusCode, garbage.StatusCode));
        Assert.Null((await scene.VisitorRowAsync(email)).ConfirmedAt);
        Assert.Empty((await log.JsonAsync()).EnumerateArray());
    }

    [Fact]
    public async Task WalkIn_RegistersConfirmsAndPrintsAtOnce_AndRefusesWithoutConsentOrATakenAddress()
    {
        var scene = await KioskScene.CreateAsync(factory, "tr-TR");
        var email = $"walkin-{Guid.NewGuid():N}@test.local";
        object Body(bool consent) => new { fullName = "İlkay Göğüş", organization = "Ereğli Çelik", email, country = "Türkiye", acceptConsent = consent, shareContact = true, nonce = Guid.NewGuid().ToString("N") };

        var refused = await scene.Kiosk.PostAsJsonAsync($"/api/v1/events/{scene.EventId}/kiosk/walk-ins", Body(false), TestContext.Current.CancellationToken);
        var started = DateTimeOffset.UtcNow;
        var walkedIn = await scene.Kiosk.PostAsJsonAsync($"/api/v1/events/{scene.EventId}/kiosk/walk-ins", Body(true), TestContext.Current.CancellationToken);
        var print = await walkedIn.JsonAsync();
        var pdf = await scene.PdfAsync(print.GetProperty("pdf").GetString()!);
        var took = DateTimeOffset.UtcNow - started;
        var again = await scene.Kiosk.PostAsJsonAsync($"/api/v1/events/{scene.EventId}/kiosk/walk-ins", Body(true), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.True((await refused.JsonAsync()).GetProperty("errors").TryGetProperty("acceptConsent", out _));
        Assert.Equal(HttpStatusCode.Created, walkedIn.StatusCode);
        Assert.Equal("WalkIn", print.GetProperty("source").GetString());
        using var pdfs = new PdfInspector();
        Assert.Contains("İlkay Göğüş", await pdfs.TextAsync(pdf), StringComparison.Ordinal);
        Assert.True(took < TimeSpan.FromSeconds(60), $"a walk-in took {took}");
        var visitor = await scene.VisitorRowAsync(email);
        Assert.Equal(("Türkiye", true, true), (visitor.Country, visitor.ShareContact, visitor.WalkIn));
        Assert.NotNull(visitor.ConfirmedAt);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
    }

    [Fact]
    public async Task KioskPages_PrintFromTheFormAndShowTheBadgeForPrinting()
    {
        var scene = await KioskScene.CreateAsync(factory);
        var (email, code, _) = await scene.VisitorAsync("Çiğdem Ünlü", "Konya Şeker");
        var pages = await factory.SignedInPagesAsync(scene.KioskEmail);
        var home = await (await pages.GetAsync($"/kiosk/events/{scene.EventId}", TestContext.Current.CancellationToken)).HtmlAsync();

        var posted = await pages.PostFormAsync($"/kiosk/events/{scene.EventId}", new() { ["Input.Email"] = email, ["Input.Code"] = code, ["Input.Nonce"] = Guid.NewGuid().ToString("N") }, handler: "code");
        var printPage = await pages.GetAsync(posted.RedirectPath(), TestContext.Current.CancellationToken);
        var html = await printPage.HtmlAsync();
        var pdf = await pages.GetAsync(html.QuerySelector("#badge-pdf")!.GetAttribute("src")!, TestContext.Current.CancellationToken);
        var wrong = await pages.PostFormAsync($"/kiosk/events/{scene.EventId}", new() { ["Input.Email"] = email, ["Input.Code"] = "ZZZZ-ZZZZ" }, handler: "code");

        // Each form carries its own antiforgery token: a browser sends only the form it submits.
        Assert.NotNull(home.QuerySelector("[data-testid=kiosk-code-form] input[name=__RequestVerificationToken]"));
        Assert.NotNull(home.QuerySelector("#kiosk-qr-form input[name=__RequestVerificationToken]"));
        Assert.StartsWith($"/kiosk/events/{scene.EventId}/prints/", posted.RedirectPath(), StringComparison.Ordinal);
        Assert.Contains("Çiğdem Ünlü", html.QuerySelector("[data-testid=kiosk-printed]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType?.MediaType);
        Assert.Equal("SAMEORIGIN", pdf.Headers.GetValues("X-Frame-Options").Single());
        Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        Assert.Contains("kayıt masasına", await wrong.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Fact]
    public async Task KioskAccount_ReachesOnlyKioskPages()
    {
        var scene = await KioskScene.CreateAsync(factory);
        var pages = await factory.SignedInPagesAsync(scene.KioskEmail);
        var ct = TestContext.Current.CancellationToken;

        var home = await pages.GetAsync("/", ct);
        var kiosk = await pages.GetAsync($"/kiosk/events/{scene.EventId}", ct);
        var walkIn = await pages.GetAsync($"/kiosk/events/{scene.EventId}/walk-in", ct);
        string[] elsewhere = ["/checkin", $"/checkin/events/{scene.EventId}", "/my/event", "/organizer/dashboard", $"/events/{scene.EventId}", "/visit/mine", $"/organizer/events/{scene.EventId}/kiosk"];
        var others = new List<(string, HttpStatusCode)>();
        foreach (var path in elsewhere)
        {
            others.Add((path, (await pages.GetAsync(path, ct)).StatusCode));
        }
        var api = new List<(string, HttpStatusCode)>();
        foreach (var path in new[] { $"/api/v1/events/{scene.EventId}/gates", $"/api/v1/events/{scene.EventId}/checkins/counts", "/api/v1/events", $"/api/v1/events/{scene.EventId}/kiosk/settings", $"/api/v1/events/{scene.EventId}/kiosk/prints" })
        {
            api.Add((path, (await scene.Kiosk.GetAsync(path, ct)).StatusCode));
        }

        Assert.Equal("/kiosk", home.RedirectPath());
        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (kiosk.StatusCode, walkIn.StatusCode));
        Assert.All(others, o => Assert.True(o.Item2 == HttpStatusCode.Forbidden, $"{o.Item1}: {o.Item2}"));
        Assert.All(api, a => Assert.True(a.Item2 == HttpStatusCode.Forbidden, $"{a.Item1}: {a.Item2}"));
    }

    public static TheoryData<string> NotKiosks() => new() { Roles.Staff, Roles.Visitor, Roles.Prime, Roles.Supplier };

    [Theory]
    [MemberData(nameof(NotKiosks))]
    public async Task KioskApiAndPages_WhenNotAKioskOrOrganizer_Answer403(string role)
    {
        var scene = await KioskScene.CreateAsync(factory);
        var email = await factory.CreateUserAsync(role);
        var client = await factory.SignedInAsync(email);
        var pages = await factory.SignedInPagesAsync(email);
        var ct = TestContext.Current.CancellationToken;

        var print = await scene.PrintAsync(new { email = "a@b.c", code = "ABCD-EFGH" }, client);
        var walkIn = await client.PostAsJsonAsync($"/api/v1/events/{scene.EventId}/kiosk/walk-ins", new { fullName = "X", organization = "Y", email = "x@y.z", country = "TR", acceptConsent = true }, ct);
        var settings = await client.PutAsJsonAsync($"/api/v1/events/{scene.EventId}/kiosk/settings", new { paper = "A6", reprintLimit = 5 }, ct);
        var page = await pages.GetAsync($"/kiosk/events/{scene.EventId}", ct);

        Assert.Equal((HttpStatusCode.Forbidden, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden), (print.StatusCode, walkIn.StatusCode, settings.StatusCode));
        Assert.Contains("access-denied", page.RedirectPath(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task KioskApiAndPages_WhenAnonymous_Answer401()
    {
        var scene = await KioskScene.CreateAsync(factory);
        var anonymous = factory.Anonymous();
        var ct = TestContext.Current.CancellationToken;

        var print = await scene.PrintAsync(new { email = "a@b.c", code = "ABCD-EFGH" }, anonymous);
        var walkIn = await anonymous.PostAsJsonAsync($"/api/v1/events/{scene.EventId}/kiosk/walk-ins", new { fullName = "X" }, ct);
        var log = await anonymous.GetAsync($"/api/v1/events/{scene.EventId}/kiosk/prints", ct);
        var page = await anonymous.GetAsync($"/kiosk/events/{scene.EventId}", ct);

        Assert.Equal((HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized), (print.StatusCode, walkIn.StatusCode, log.StatusCode));
        Assert.Contains("/account/login", page.RedirectPath(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ScanPageSearch_FindsABadgeByItsHoldersEmailAddress()
    {
        var scene = await KioskScene.CreateAsync(factory);
        var (email, code, _) = await scene.VisitorAsync("Hüsnü Şenlendirici", "Meram Tekstil");
        await scene.PrintAsync(new { email, code });
        var staffPages = await factory.SignedInPagesAsync(await factory.CreateUserAsync(Roles.Staff));
        var part = email[..20].ToUpperInvariant();

        var page = await staffPages.GetAsync($"/checkin/events/{scene.EventId}/gates/{scene.Door.GateId}?q={Uri.EscapeDataString(part)}", TestContext.Current.CancellationToken);

        var matches = (await page.HtmlAsync()).QuerySelectorAll(".scan-matches li").Select(li => li.TextContent).ToList();
        Assert.Contains(matches, m => m.Contains("Hüsnü Şenlendirici", StringComparison.Ordinal));
    }
}
