using System.Net;
using Microsoft.Extensions.DependencyInjection;
using SupplierMeetups.IntegrationTests.Infrastructure;
using SupplierMeetups.Web.Identity;
using SupplierMeetups.Web.Platform.Email;
using SupplierMeetups.Web.Platform.Email.Templates;
using SupplierMeetups.Web.Platform.Persistence;
using SupplierMeetups.Web.Platform.Security;

namespace SupplierMeetups.IntegrationTests.BackgroundWork;

public sealed class EmailTemplatesTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    // The e-mails the background-work issue lists, by kind; each must be readable by organizers.
    public static TheoryData<string> IssuedKinds() =>
        ["account-confirmation", "firm-approved", "firm-rejected", "booth-confirmed", "agenda-changed", "meeting-cancelled", "agenda-reminder", "visitor-confirmation", "badge",
         "meeting-request-received", "meeting-request-accepted", "meeting-request-declined", "meeting-request-expired"];

    [Theory, MemberData(nameof(IssuedKinds))]
    public async Task TemplatePage_ForEachKind_ShowsTheExampleInTurkishAndInEnglish(string kind)
    {
        var organizer = await factory.SignedInPagesAsync(PlatformFactory.OrganizerEmail);

        var turkish = await (await organizer.GetAsync($"/organizer/email-templates/{kind}/tr", TestContext.Current.CancellationToken)).HtmlAsync();
        var english = await (await organizer.GetAsync($"/organizer/email-templates/{kind}/en", TestContext.Current.CancellationToken)).HtmlAsync();

        Assert.Contains("Merhaba Mustafa Büyükeğen", turkish.QuerySelector("[data-testid=text]")?.TextContent);
        Assert.Contains("Hello Mustafa Büyükeğen", english.QuerySelector("[data-testid=text]")?.TextContent);
        Assert.NotEqual(turkish.QuerySelector("[data-testid=subject]")?.TextContent, english.QuerySelector("[data-testid=subject]")?.TextContent);
        var preview = await organizer.GetAsync(turkish.QuerySelector("iframe.email-preview")?.GetAttribute("src"), TestContext.Current.CancellationToken);
        Assert.Contains("Mustafa Büyükeğen", await preview.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Contains("frame-ancestors 'self'", preview.Headers.GetValues("Content-Security-Policy").Single());
    }

    [Fact]
    public async Task TemplateList_ForOrganizers_NamesEveryKindWithWhenItIsSent()
    {
        var organizer = await factory.SignedInPagesAsync(PlatformFactory.OrganizerEmail);

        var page = await (await organizer.GetAsync("/organizer/email-templates", TestContext.Current.CancellationToken)).HtmlAsync();

        var listed = page.QuerySelectorAll("[data-testid=email-templates] tr[data-kind]").Select(r => r.GetAttribute("data-kind")).ToList();
        Assert.Superset(IssuedKinds().Select(k => (string?)k.Data).ToHashSet(), listed.ToHashSet());
        Assert.Contains("Yayımlanmış bir görüşme iptal edildiğinde; iki firmaya da.", page.QuerySelector("tr[data-kind=meeting-cancelled]")?.TextContent);
    }

    [Fact]
    public async Task TemplatePages_WhenNotOrganizer_AreRefused()
    {
        var supplier = await factory.SignedInPagesAsync(await factory.CreateUserAsync(Roles.Supplier));

        var forbidden = await supplier.GetAsync("/organizer/email-templates/badge/tr", TestContext.Current.CancellationToken);
        var anonymous = await factory.Anonymous().GetAsync("/organizer/email-templates", TestContext.Current.CancellationToken);

        Assert.StartsWith("/account/access-denied", forbidden.Headers.Location?.PathAndQuery ?? forbidden.Headers.Location?.OriginalString);
        Assert.StartsWith("/account/login", anonymous.Headers.Location?.PathAndQuery ?? anonymous.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task TemplatePage_ForAnUnknownKindOrLanguage_IsNotFound()
    {
        var organizer = await factory.SignedInPagesAsync(PlatformFactory.OrganizerEmail);

        var kind = await organizer.GetAsync("/organizer/email-templates/no-such-kind/tr", TestContext.Current.CancellationToken);
        var language = await organizer.GetAsync("/organizer/email-templates/badge/de", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, kind.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, language.StatusCode);
    }

    [Fact]
    public async Task Templates_ForEveryEmailKind_AreThere()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var templates = scope.ServiceProvider.GetRequiredService<EmailTemplates>();

        var missing = EmailKind.All.Where(kind => templates.Find(kind.Name) is null).Select(kind => kind.Name).ToList();

        Assert.Empty(missing);
        Assert.Equal(EmailKind.All.Count, EmailKind.All.Select(kind => kind.Name).Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public async Task Outbox_WhenLanguageIsNeitherTurkishNorEnglish_RefusesAndSavesNothing()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var outbox = scope.ServiceProvider.GetRequiredService<EmailOutbox>();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();

        var refused = Assert.Throws<ArgumentException>(() =>
            outbox.Add("kimse@test.local", "Kimse", new RenderedEmail("Konu", "metin", "<p>metin</p>"), EmailKind.Badge, "de"));

        Assert.Contains("'de'", refused.Message);
        Assert.Empty(db.ChangeTracker.Entries<OutgoingEmail>());
    }
}
