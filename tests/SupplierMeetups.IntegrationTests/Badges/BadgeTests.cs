using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using SupplierMeetups.IntegrationTests.Infrastructure;
using SupplierMeetups.UnitTests.Support;
using SupplierMeetups.Web.Identity;
using SupplierMeetups.Web.Platform.Security;

namespace SupplierMeetups.IntegrationTests.Badges;

public sealed class BadgeTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    private static readonly TimeSpan MailTimeout = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task BatchPdf_WhenNoBadgeMatches_Answers404ProblemAndThePageShowsAnEmptyState()
    {
        var eventId = await factory.CreateEventAsync();
        var organizer = await factory.SignedInAsync(PlatformFactory.OrganizerEmail, "en-US");
        var pages = await factory.SignedInPagesAsync(PlatformFactory.OrganizerEmail);

        var all = await organizer.GetAsync($"/api/v1/events/{eventId}/badges.pdf?layout=A6PerPage", TestContext.Current.CancellationToken);
        var ofType = await organizer.GetAsync($"/api/v1/events/{eventId}/badges.pdf?type=Press", TestContext.Current.CancellationToken);
        var page = await (await pages.GetAsync($"/organizer/events/{eventId}/badges", TestContext.Current.CancellationToken)).HtmlAsync();

        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.NotFound), (all.StatusCode, ofType.StatusCode));
        Assert.Equal("application/problem+json", all.Content.Headers.ContentType?.MediaType);
        Assert.Equal("There are no badges to print.", (await all.JsonAsync()).GetProperty("detail").GetString());
        Assert.NotNull(page.QuerySelector("[data-testid=no-badges]"));
        Assert.Empty(page.QuerySelectorAll("a[href*='badges.pdf']"));
    }

    [Fact]
    public async Task IssueBadge_WhenEmailGiven_MailsThePdfWithExactTurkishTextAndAWorkingLink()
    {
        var eventId = await factory.CreateEventAsync();
        var organizer = await factory.SignedInAsync(PlatformFactory.OrganizerEmail);
        var address = $"rozet-{Guid.NewGuid():N}@test.local";

        var issued = await organizer.PostAsJsonAsync($"/api/v1/events/{eventId}/badges",
            new { personName = "Mustafa Büyükeğen", organization = "İŞBİR Elektrik", type = "Visitor", email = address }, TestContext.Current.CancellationToken);
        await Eventually.TrueAsync(() => MailTo(address) is not null, MailTimeout, "no badge e-mail in the pickup folder");
        var mail = MailTo(address)!;
        using var pdfs = new PdfInspector();
        var attachment = Assert.Single(mail.Attachments);
        var text = await pdfs.TextAsync(attachment.Content);
        var link = Regex.Match(mail.Text, @"http://localhost(/badges/\S+)").Groups[1].Value;
        var download = await factory.Anonymous().GetAsync(link, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Created, issued.StatusCode);
        Assert.Equal("Konya Savunma Sanayi Tedarikçi Buluşmaları için yaka kartınız", mail.Subject);
        Assert.Contains("Mustafa Büyükeğen", text);
        Assert.Contains("İŞBİR Elektrik", text);
        Assert.Contains("ZİYARETÇİ", text);
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("application/pdf", download.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task DownloadBadge_WithoutKeyOrWithTamperedKey_IsRefused()
    {
        var eventId = await factory.CreateEventAsync();
        var organizer = await factory.SignedInAsync(PlatformFactory.OrganizerEmail);
        var badge = await (await organizer.PostAsJsonAsync($"/api/v1/events/{eventId}/badges",
            new { personName = "Ayşe Işık", organization = "Basın", type = "Press" }, TestContext.Current.CancellationToken)).JsonAsync();
        var url = badge.GetProperty("downloadUrl").GetString()!.Replace("http://localhost", "", StringComparison.Ordinal);
        var path = url[..url.IndexOf('?')];
        var supplier = await factory.SignedInAsync(await factory.CreateUserAsync(Roles.Supplier));

        var anonymous = await factory.Anonymous().GetAsync(path, TestContext.Current.CancellationToken);
        var tampered = await factory.Anonymous().GetAsync(path + "?key=CfDJ8" + new string('A', 60), TestContext.Current.CancellationToken);
        var otherPerson = await supplier.GetAsync(path, TestContext.Current.CancellationToken);
        var withKey = await factory.Anonymous().GetAsync(url, TestContext.Current.CancellationToken);
        var asOrganizer = await organizer.GetAsync(path, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, tampered.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, otherPerson.StatusCode);
        Assert.Equal(HttpStatusCode.OK, withKey.StatusCode);
        Assert.Equal(HttpStatusCode.OK, asOrganizer.StatusCode);
    }

    [Fact]
    public async Task PrintBatch_WhenOrganizerAsksForFourUp_GetsOneA4SheetPerFourBadges()
    {
        var eventId = await factory.CreateEventAsync();
        var organizer = await factory.SignedInAsync(PlatformFactory.OrganizerEmail);
        foreach (var name in new[] { "Çağrı Öztürk", "İbrahim Şahin", "Gülşen Yıldız", "Ümit Kılıç", "Özge Doğan" })
        {
            await organizer.PostAsJsonAsync($"/api/v1/events/{eventId}/badges", new { personName = name, organization = "Görevli Ekibi", type = "Staff" }, TestContext.Current.CancellationToken);
        }

        var batch = await organizer.GetAsync($"/api/v1/events/{eventId}/badges.pdf?layout=A4FourUp", TestContext.Current.CancellationToken);
        var supplier = await factory.SignedInAsync(await factory.CreateUserAsync(Roles.Supplier));
        var refused = await supplier.GetAsync($"/api/v1/events/{eventId}/badges.pdf", TestContext.Current.CancellationToken);

        Assert.True(batch.StatusCode == HttpStatusCode.OK, await batch.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        using var pdfs = new PdfInspector();
        var pdf = await batch.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken);
        Assert.Equal(2, await pdfs.PageCountAsync(pdf));
        Assert.Contains("Çağrı Öztürk", await pdfs.TextAsync(pdf));
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
    }

    [Fact]
    public async Task IssueBadge_WhenInputMissing_AnswersTurkishFieldErrorsAndIssuesNothing()
    {
        var eventId = await factory.CreateEventAsync();
        var organizer = await factory.SignedInAsync(PlatformFactory.OrganizerEmail);

        var response = await organizer.PostAsJsonAsync($"/api/v1/events/{eventId}/badges", new { organization = "X", email = "yanlış" }, TestContext.Current.CancellationToken);
        var badges = await organizer.GetFromJsonAsync<System.Text.Json.JsonElement>($"/api/v1/events/{eventId}/badges", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.JsonAsync()).GetProperty("errors");
        Assert.Equal("Ad soyad zorunludur.", errors.GetProperty("personName")[0].GetString());
        Assert.Equal("Yaka kartı türü zorunludur.", errors.GetProperty("type")[0].GetString());
        Assert.Equal(0, badges.GetProperty("items").GetArrayLength());
    }

    private Eml? MailTo(string address) =>
        factory.MailFiles().Select(Eml.Read).FirstOrDefault(m => m.To.Contains(address, StringComparison.OrdinalIgnoreCase));
}
