using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SupplierMeetups.IntegrationTests.Infrastructure;
using SupplierMeetups.Web.Identity;
using SupplierMeetups.Web.Platform.Security;
using SupplierMeetups.Web.Registration.Consent;
using SupplierMeetups.Web.Registration.RegisterVisitor;

namespace SupplierMeetups.IntegrationTests.Registration;

public sealed class PersonalDataTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    private async Task<(Guid EventId, string Email, string Link)> RegisteredVisitorAsync(bool withIdentity = false)
    {
        var eventId = await RegistrationSeed.EventAsync(factory, requireIdentityNumber: withIdentity);
        var email = $"kvkk-{Guid.NewGuid():N}@test.local";
        var fields = new Dictionary<string, string>
        {
            ["Input.FullName"] = "Gülşen Öztürk",
            ["Input.Organization"] = "Akşehir Kalıp",
            ["Input.Email"] = email,
            ["Input.Phone"] = "0332 555 44 33",
            ["Input.AcceptConsent"] = "true",
        };
        if (withIdentity)
        {
            fields["Input.IdentityKind"] = "NationalId";
            fields["Input.IdentityNumber"] = "12345678950";
        }
        var response = await factory.Anonymous().PostFormAsync($"/events/{eventId}/visit", fields);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var link = await new VisitorRegistrationTests(factory).LinkForAsync(email);
        return (eventId, email, link);
    }

    [Fact]
    public async Task DownloadData_WithTheEmailLink_GivesJsonWithRegistrationIdentityAndConsent()
    {
        var (_, email, link) = await RegisteredVisitorAsync(withIdentity: true);

        var response = await factory.Anonymous().GetAsync(link.Replace("/visit/me?", "/visit/me?handler=data&", StringComparison.Ordinal), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var raw = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Contains("Gülşen Öztürk", raw, StringComparison.Ordinal); // Turkish letters as letters, not \u escapes
        var data = JsonDocument.Parse(raw).RootElement;
        Assert.Equal(email, data.GetProperty("email").GetString());
        Assert.Equal("Akşehir Kalıp", data.GetProperty("organization").GetString());
        Assert.Equal("12345678950", data.GetProperty("identityNumber").GetString());
        var consent = Assert.Single(data.GetProperty("consents").EnumerateArray());
        Assert.Equal(1, consent.GetProperty("version").GetInt32());
        Assert.StartsWith("6698 sayılı", consent.GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Erase_WithTheEmailLink_AnonymizesButKeepsTheVisitorCountAndTheConsentProof()
    {
        var (eventId, email, link) = await RegisteredVisitorAsync(withIdentity: true);
        var organizer = await factory.SignedInAsync(PlatformFactory.OrganizerEmail);
        var before = await VisitorTotalAsync(organizer, eventId);

        var asked = await (await factory.Anonymous().GetAsync(link, TestContext.Current.CancellationToken)).HtmlAsync();
        var erased = await factory.Anonymous().PostFormAsync(asked.QuerySelector("[data-testid=erase]")!.GetAttribute("href")!, [], handler: "erase");
        var page = await factory.Anonymous().GetAsync(link, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Redirect, erased.StatusCode);
        Assert.NotNull((await page.HtmlAsync()).QuerySelector("[data-testid=erased]"));
        var visitor = Assert.Single(await RegistrationSeed.VisitorsAsync(factory, eventId));
        Assert.Equal("Silinmiş kişi", visitor.FullName);
        Assert.DoesNotContain(email, visitor.Email, StringComparison.OrdinalIgnoreCase);
        Assert.EndsWith("@erased.invalid", visitor.Email, StringComparison.Ordinal);
        Assert.Equal(("", null, null, null, BadgeStatus.Withdrawn), (visitor.Organization, visitor.Phone, visitor.ProtectedIdentityNumber, visitor.IdentityKind, visitor.BadgeStatus));
        var record = await RegistrationSeed.QueryAsync(factory, db => db.Set<ConsentRecord>().SingleAsync(r => r.PersonId == visitor.Id, TestContext.Current.CancellationToken));
        Assert.Null(record.IpAddress);
        Assert.NotNull(record.AnonymizedAt);
        Assert.Equal(1, before);
        Assert.Equal(before, await VisitorTotalAsync(organizer, eventId));
    }

    [Fact]
    public async Task Register_AfterErasure_WithTheSameEmail_IsANewRegistration()
    {
        var (eventId, email, link) = await RegisteredVisitorAsync();
        await factory.Anonymous().PostFormAsync(link + "&erase=ask", [], handler: "erase");

        var again = await factory.Anonymous().PostFormAsync($"/events/{eventId}/visit", new()
        {
            ["Input.FullName"] = "Gülşen Öztürk", ["Input.Organization"] = "Akşehir Kalıp", ["Input.Email"] = email, ["Input.AcceptConsent"] = "true",
        });

        Assert.EndsWith("outcome=registered", again.Headers.Location?.OriginalString, StringComparison.Ordinal);
        Assert.Equal(2, (await RegistrationSeed.VisitorsAsync(factory, eventId)).Count);
    }

    [Fact]
    public async Task EditConsent_WhenOrganizerChangesTheText_AddsAVersionThatNewRegistrationsRecord()
    {
        var eventId = await RegistrationSeed.EventAsync(factory);
        var organizer = factory.Anonymous();
        await organizer.SignInPagesAsync(factory, PlatformFactory.OrganizerEmail);
        var current = await factory.Anonymous().GetAsync($"/api/v1/events/{eventId}/consent?language=en", TestContext.Current.CancellationToken);
        var english = (await current.JsonAsync()).GetProperty("text").GetString()!;

        var saved = await organizer.PostFormAsync($"/organizer/events/{eventId}/consent", new() { ["TextTr"] = "Yeni KVKK metni: İŞBİR örneği.", ["TextEn"] = english });
        var register = await factory.Anonymous().PostFormAsync($"/events/{eventId}/visit", new()
        {
            ["Input.FullName"] = "İbrahim Kılıç", ["Input.Organization"] = "Meram Metal", ["Input.Email"] = $"v-{Guid.NewGuid():N}@test.local", ["Input.AcceptConsent"] = "true",
        });

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, register.StatusCode);
        var versions = await RegistrationSeed.QueryAsync(factory, db => db.Set<ConsentText>().Where(t => t.EventId == eventId)
            .Select(t => t.Language + t.Version).ToListAsync(TestContext.Current.CancellationToken));
        Assert.Equal(["en1", "tr1", "tr2"], versions.Order(StringComparer.Ordinal));
        var accepted = await RegistrationSeed.QueryAsync(factory, db => (
            from r in db.Set<ConsentRecord>() where r.EventId == eventId
            join t in db.Set<ConsentText>() on r.ConsentTextId equals t.Id
            select t.Text).SingleAsync(TestContext.Current.CancellationToken));
        Assert.Equal("Yeni KVKK metni: İŞBİR örneği.", accepted);
    }

    [Theory]
    [InlineData(Roles.Prime)]
    [InlineData(Roles.Supplier)]
    [InlineData(Roles.Visitor)]
    public async Task EditConsent_WhenNotOrganizer_IsForbidden(string role)
    {
        var eventId = await RegistrationSeed.EventAsync(factory);
        var client = await factory.SignedInAsync(await factory.CreateUserAsync(role));

        var consent = await client.GetAsync($"/organizer/events/{eventId}/consent", TestContext.Current.CancellationToken);
        var settings = await client.GetAsync($"/organizer/events/{eventId}/visitor-settings", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Forbidden, consent.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, settings.StatusCode);
    }

    private static async Task<int> VisitorTotalAsync(HttpClient organizer, Guid eventId)
    {
        var figures = await (await organizer.GetAsync($"/api/v1/events/{eventId}/figures", TestContext.Current.CancellationToken)).JsonAsync();
        return figures.GetProperty("total").GetProperty("visitors").GetInt32();
    }
}

public sealed class SignedInVisitorTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    [Fact]
    public async Task MyVisits_WhenSignedInAsVisitor_LinksToTheRegistrationsOfTheAccountsEmail()
    {
        var eventId = await RegistrationSeed.EventAsync(factory);
        var email = await factory.CreateUserAsync(Roles.Visitor);
        await factory.Anonymous().PostFormAsync($"/events/{eventId}/visit", new()
        {
            ["Input.FullName"] = "Zeynep Ziyaretçi", ["Input.Organization"] = "Konya Ticaret Odası", ["Input.Email"] = email.ToUpperInvariant(), ["Input.AcceptConsent"] = "true",
        });
        var client = await factory.SignedInAsync(email);

        var page = await (await client.GetAsync("/visit/mine", TestContext.Current.CancellationToken)).HtmlAsync();
        var link = page.QuerySelector("[data-testid=my-visits] a")?.GetAttribute("href");
        var registration = await (await client.GetAsync(link, TestContext.Current.CancellationToken)).HtmlAsync();

        Assert.StartsWith("/visit/me?token=", link, StringComparison.Ordinal);
        Assert.Equal("Zeynep Ziyaretçi", registration.QuerySelector("[data-testid=visitor-name]")?.TextContent);
    }

    [Fact]
    public async Task MyVisits_WhenAnotherVisitor_ShowsNone()
    {
        var client = await factory.SignedInAsync(await factory.CreateUserAsync(Roles.Visitor));

        var page = await (await client.GetAsync("/visit/mine", TestContext.Current.CancellationToken)).HtmlAsync();

        Assert.Null(page.QuerySelector("[data-testid=my-visits]"));
    }

    [Fact]
    public async Task MyVisits_WhenAnonymous_RedirectsToSignIn()
    {
        var response = await factory.Anonymous().GetAsync("/visit/mine", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/account/login", response.Headers.Location?.AbsolutePath);
    }

    [Theory]
    [InlineData(Roles.Organizer)]
    [InlineData(Roles.Supplier)]
    public async Task MyVisits_WhenNotAVisitor_IsForbidden(string role)
    {
        var client = await factory.SignedInAsync(await factory.CreateUserAsync(role));

        var response = await client.GetAsync("/visit/mine", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task RegisterVisitor_WhenNameAndConsentMissing_ShowsBothErrorsAtOnce()
    {
        var eventId = await RegistrationSeed.EventAsync(factory);

        var response = await factory.Anonymous("en-US").PostFormAsync($"/events/{eventId}/visit", new() { ["Input.Organization"] = "Acme", ["Input.Email"] = "someone@test.local" });

        var html = await response.HtmlAsync();
        Assert.Equal("Full name is required.", html.QuerySelector("[data-valmsg-for='Input.FullName']")?.TextContent.Trim());
        Assert.Equal("Please read the personal data notice and give your consent: without it we cannot register you.", html.QuerySelector("[data-valmsg-for='Input.AcceptConsent']")?.TextContent.Trim());
        Assert.Empty(await RegistrationSeed.VisitorsAsync(factory, eventId));
    }
}
