using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using SupplierMeetups.IntegrationTests.Infrastructure;
using SupplierMeetups.Web.Registration.Consent;
using SupplierMeetups.Web.Registration.RegisterVisitor;

namespace SupplierMeetups.IntegrationTests.Registration;

public sealed partial class VisitorRegistrationTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    private static readonly TimeSpan MailTimeout = TimeSpan.FromSeconds(30);

    private static Dictionary<string, string> Form(string email, bool consent = true) => new()
    {
        ["Input.FullName"] = "Şule Büyükeğen",
        ["Input.Organization"] = "Selçuk Üniversitesi",
        ["Input.Title"] = "Öğretim Görevlisi",
        ["Input.Email"] = email,
        ["Input.Phone"] = "+90 332 123 45 67",
        ["Input.AcceptConsent"] = consent ? "true" : "false",
    };

    private static string NewEmail() => $"ziyaretci-{Guid.NewGuid():N}@test.local";

    [Fact]
    public async Task RegisterVisitor_WhenValid_RecordsConsentVersionAndSendsTurkishConfirmation()
    {
        var eventId = await RegistrationSeed.EventAsync(factory);
        var email = NewEmail();

        var response = await factory.Anonymous().PostFormAsync($"/events/{eventId}/visit", Form(email));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var visitor = Assert.Single(await RegistrationSeed.VisitorsAsync(factory, eventId));
        Assert.Equal("Şule Büyükeğen", visitor.FullName);
        Assert.Equal(BadgeStatus.AwaitingConfirmation, visitor.BadgeStatus);
        var (record, text) = await RegistrationSeed.QueryAsync(factory, async db =>
        {
            var r = await db.Set<ConsentRecord>().SingleAsync(x => x.PersonId == visitor.Id, TestContext.Current.CancellationToken);
            return (r, await db.Set<ConsentText>().SingleAsync(t => t.Id == r.ConsentTextId, TestContext.Current.CancellationToken));
        });
        Assert.Equal(PersonKinds.Visitor, record.PersonKind);
        Assert.Equal(("tr", 1, eventId), (text.Language, text.Version, text.EventId));
        Assert.Contains("6698 sayılı", text.Text, StringComparison.Ordinal);
        await Eventually.TrueAsync(() => MailTo(email) is not null, MailTimeout, "no confirmation e-mail");
        var mail = MailTo(email)!;
        Assert.Equal("Konya Savunma Sanayi Tedarikçi Buluşmaları ziyaretinizi doğrulayın", mail.Subject);
        Assert.Matches(LinkPattern(), mail.Text);
    }

    [Fact]
    public async Task RegisterVisitor_WhenConsentMissing_ShowsTheFieldErrorInTurkishAndSavesNothing()
    {
        var eventId = await RegistrationSeed.EventAsync(factory);

        var response = await factory.Anonymous().PostFormAsync($"/events/{eventId}/visit", Form(NewEmail(), consent: false));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.HtmlAsync();
        Assert.Equal("Lütfen aydınlatma metnini okuyup onay verin: onayınız olmadan kaydınızı alamayız.",
            html.QuerySelector("[data-valmsg-for='Input.AcceptConsent']")?.TextContent.Trim());
        Assert.Empty(await RegistrationSeed.VisitorsAsync(factory, eventId));
        Assert.Equal(0, await RegistrationSeed.QueryAsync(factory, db => db.Set<ConsentRecord>().CountAsync(r => r.EventId == eventId, TestContext.Current.CancellationToken)));
    }

    [Fact]
    public async Task RegisterVisitorApi_WhenConsentMissingInEnglish_Answers400KeyedByJsonName()
    {
        var eventId = await RegistrationSeed.EventAsync(factory);

        var response = await factory.Anonymous("en-US").PostAsJsonAsync($"/api/v1/events/{eventId}/visitors",
            new { fullName = "John Smith", organization = "Acme", email = NewEmail() }, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.JsonAsync()).GetProperty("errors");
        Assert.Equal("Please read the personal data notice and give your consent: without it we cannot register you.", errors.GetProperty("acceptConsent")[0].GetString());
        Assert.Empty(await RegistrationSeed.VisitorsAsync(factory, eventId));
    }

    [Theory]
    [InlineData("NationalId", "10000000147", "Bu geçerli bir T.C. kimlik numarası değil: on bir haneyi kontrol edin.")]
    [InlineData("Passport", "U12", "Pasaport numarasını yalnızca harf ve rakamlarla yazın (5 ile 20 karakter).")]
    [InlineData(null, "", "Bu etkinliğin güvenlik kuralları T.C. kimlik veya pasaport numarası istiyor.")]
    public async Task RegisterVisitorApi_WhenIdentityRequiredAndInvalid_AnswersTheFieldErrorAndSavesNothing(string? kind, string number, string message)
    {
        var eventId = await RegistrationSeed.EventAsync(factory, requireIdentityNumber: true);

        var response = await factory.Anonymous().PostAsJsonAsync($"/api/v1/events/{eventId}/visitors",
            new { fullName = "Ömer Işıklı", organization = "Konya OSB", email = NewEmail(), acceptConsent = true, identityKind = kind, identityNumber = number },
            TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(message, (await response.JsonAsync()).GetProperty("errors").GetProperty("identityNumber")[0].GetString());
        Assert.Empty(await RegistrationSeed.VisitorsAsync(factory, eventId));
    }

    [Fact]
    public async Task RegisterVisitor_WhenIdentityRequiredAndValid_StoresItEncryptedAndShowsItMasked()
    {
        var eventId = await RegistrationSeed.EventAsync(factory, requireIdentityNumber: true);
        var email = NewEmail();
        var form = Form(email);
        form["Input.IdentityKind"] = "NationalId";
        form["Input.IdentityNumber"] = "10000000146";

        var response = await factory.Anonymous().PostFormAsync($"/events/{eventId}/visit", form);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var visitor = Assert.Single(await RegistrationSeed.VisitorsAsync(factory, eventId));
        Assert.Equal(IdentityDocumentKind.NationalId, visitor.IdentityKind);
        Assert.NotNull(visitor.ProtectedIdentityNumber);
        Assert.DoesNotContain("10000000146", visitor.ProtectedIdentityNumber, StringComparison.Ordinal);
        var page = await factory.Anonymous().GetAsync(await LinkForAsync(email), TestContext.Current.CancellationToken);
        var raw = await page.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        var html = await page.HtmlAsync();
        Assert.Equal("•••••••••46", html.QuerySelector("[data-testid=identity-number]")?.TextContent);
        Assert.DoesNotContain("10000000146", raw, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RegisterVisitor_WhenSubmittedTwice_RegistersOnceAndAnswersFriendly()
    {
        var eventId = await RegistrationSeed.EventAsync(factory);
        var email = NewEmail();
        var body = new { fullName = "Elif Çağlar", organization = "Karatay Belediyesi", email, acceptConsent = true };
        var client = factory.Anonymous();

        var first = await client.PostAsJsonAsync($"/api/v1/events/{eventId}/visitors", body, TestContext.Current.CancellationToken);
        var second = await client.PostAsJsonAsync($"/api/v1/events/{eventId}/visitors", body with { email = email.ToUpperInvariant() }, TestContext.Current.CancellationToken);
        var form = await client.PostFormAsync($"/events/{eventId}/visit", Form(email));

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal("alreadyRegistered", (await second.JsonAsync()).GetProperty("status").GetString());
        Assert.EndsWith("outcome=already", form.Headers.Location?.OriginalString, StringComparison.Ordinal);
        Assert.Single(await RegistrationSeed.VisitorsAsync(factory, eventId));
        Assert.Equal(1, await RegistrationSeed.QueryAsync(factory, db => db.Set<ConsentRecord>().CountAsync(r => r.EventId == eventId, TestContext.Current.CancellationToken)));
    }

    [Fact]
    public async Task RegisterVisitor_WhenSentConcurrently_RegistersOnce()
    {
        var eventId = await RegistrationSeed.EventAsync(factory);
        var body = new { fullName = "Hüseyin Yıldız", organization = "Ereğli Makina", email = NewEmail(), acceptConsent = true };

        var answers = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ =>
            factory.Anonymous().PostAsJsonAsync($"/api/v1/events/{eventId}/visitors", body, TestContext.Current.CancellationToken)));

        Assert.All(answers, a => Assert.True(a.IsSuccessStatusCode, a.StatusCode.ToString()));
        Assert.Single(answers, a => a.StatusCode == HttpStatusCode.Created);
        Assert.Single(await RegistrationSeed.VisitorsAsync(factory, eventId));
    }

    [Fact]
    public async Task ConfirmationLink_WhenOpened_ChangesNothingAndShowsTheConfirmButton()
    {
        var eventId = await RegistrationSeed.EventAsync(factory);
        var email = NewEmail();
        await factory.Anonymous().PostFormAsync($"/events/{eventId}/visit", Form(email));
        var link = await LinkForAsync(email);

        var first = await factory.Anonymous().GetAsync(link, TestContext.Current.CancellationToken);
        var second = await factory.Anonymous().GetAsync(link, TestContext.Current.CancellationToken);

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (first.StatusCode, second.StatusCode));
        Assert.NotNull((await second.HtmlAsync()).QuerySelector("form [data-testid=confirm]"));
        var visitor = Assert.Single(await RegistrationSeed.VisitorsAsync(factory, eventId));
        Assert.Null(visitor.ConfirmedAt);
        Assert.Equal(BadgeStatus.AwaitingConfirmation, visitor.BadgeStatus);
        Assert.Equal(0, await RegistrationSeed.QueryAsync(factory, db => db.Set<SupplierMeetups.Web.Badges.Badge>().CountAsync(b => b.HolderId == visitor.Id, TestContext.Current.CancellationToken)));
    }

    [Fact]
    public async Task ConfirmButton_WhenPressedTwiceAtOnce_IssuesOneBadgeAndOneEmailWithoutAnErrorPage()
    {
        var eventId = await RegistrationSeed.EventAsync(factory);
        var email = NewEmail();
        await factory.Anonymous().PostFormAsync($"/events/{eventId}/visit", Form(email));
        var link = await LinkForAsync(email);

        var presses = await factory.Anonymous().PostFormAtOnceAsync(link, [], handler: "confirm", times: 6);

        Assert.All(presses, p => Assert.Equal(HttpStatusCode.Redirect, p.StatusCode));
        Assert.All(presses, p => Assert.StartsWith("/visit/me?token=", p.RedirectPath(), StringComparison.Ordinal));
        var visitor = Assert.Single(await RegistrationSeed.VisitorsAsync(factory, eventId));
        Assert.Equal(BadgeStatus.Ready, visitor.BadgeStatus);
        var (badges, mails) = await RegistrationSeed.QueryAsync(factory, async db => (
            await db.Set<SupplierMeetups.Web.Badges.Badge>().CountAsync(b => b.HolderId == visitor.Id, TestContext.Current.CancellationToken),
            await db.Set<SupplierMeetups.Web.Platform.Email.OutgoingEmail>().CountAsync(m => m.ToAddress == email && m.Kind == "badge", TestContext.Current.CancellationToken)));
        Assert.Equal((1, 1), (badges, mails));
    }

    [Fact]
    public async Task ConfirmButton_WhenPressed_ConfirmsAndMailsTheBadgePdf()
    {
        var eventId = await RegistrationSeed.EventAsync(factory);
        var email = NewEmail();
        await factory.Anonymous().PostFormAsync($"/events/{eventId}/visit", Form(email));
        var link = await LinkForAsync(email);

        var confirmed = await factory.Anonymous().PostFormAsync(link, [], handler: "confirm");
        var page = await factory.Anonymous().GetAsync(confirmed.RedirectPath(), TestContext.Current.CancellationToken);
        await Eventually.TrueAsync(() => BadgeMailTo(email) is not null, TimeSpan.FromSeconds(30), "no badge e-mail after the confirmation");
        var badgeMail = BadgeMailTo(email)!;
        using var pdfs = new SupplierMeetups.UnitTests.Support.PdfInspector();
        var badgeText = await pdfs.TextAsync(Assert.Single(badgeMail.Attachments).Content);
        var html = await page.HtmlAsync();
        var badgeLink = html.QuerySelector("[data-testid=badge-download]")!.GetAttribute("href")!;
        var download = await factory.Anonymous().GetAsync(badgeLink, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.StartsWith("/badges/", badgeLink, StringComparison.Ordinal);
        Assert.StartsWith("Yaka kartınız hazır.", html.QuerySelector("[data-testid=badge-status]")?.TextContent.Trim(), StringComparison.Ordinal);
        var visitor = Assert.Single(await RegistrationSeed.VisitorsAsync(factory, eventId));
        Assert.NotNull(visitor.ConfirmedAt);
        Assert.Equal(BadgeStatus.Ready, visitor.BadgeStatus);
        Assert.Contains(visitor.FullName, badgeText);
        Assert.Contains("ZİYARETÇİ", badgeText);
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("application/pdf", download.Content.Headers.ContentType?.MediaType);
    }

    private Eml? BadgeMailTo(string address) =>
        // The confirmation e-mail carries the kiosk code's QR image; the badge e-mail is the one with the PDF.
        factory.MailFiles().Select(Eml.Read).FirstOrDefault(m => m.To.Contains(address, StringComparison.OrdinalIgnoreCase) && m.Attachments.Any(a => a.Name.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase)));

    [Fact]
    public async Task VisitorPage_WhenTokenForgedOrMissing_Answers404()
    {
        var client = factory.Anonymous();

        var forged = await client.GetAsync("/visit/me?token=bm90LWEtdG9rZW4", TestContext.Current.CancellationToken);
        var missing = await client.GetAsync("/visit/me", TestContext.Current.CancellationToken);
        var data = await client.GetAsync("/visit/me?handler=data&token=bm90LWEtdG9rZW4", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, forged.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, data.StatusCode);
    }

    [Fact]
    public async Task RegisterVisitor_WhenEventUnknown_Answers404()
    {
        var response = await factory.Anonymous().PostAsJsonAsync($"/api/v1/events/{Guid.NewGuid()}/visitors",
            new { fullName = "X", organization = "Y", email = NewEmail(), acceptConsent = true }, TestContext.Current.CancellationToken);
        var form = await factory.Anonymous().GetAsync($"/events/{Guid.NewGuid()}/visit", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, form.StatusCode);
    }

    internal async Task<string> LinkForAsync(string email)
    {
        await Eventually.TrueAsync(() => MailTo(email) is not null, MailTimeout, "no confirmation e-mail");
        return new Uri(LinkPattern().Match(MailTo(email)!.Text).Value).PathAndQuery;
    }

    private Eml? MailTo(string address) =>
        factory.MailFiles().Select(Eml.Read).FirstOrDefault(m => m.To.Contains(address, StringComparison.OrdinalIgnoreCase));

    [GeneratedRegex(@"http://localhost/visit/me\?token=[A-Za-z0-9_\-]+")]
    internal static partial Regex LinkPattern();
}
