using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using SupplierMeetups.IntegrationTests.Exhibition;
using SupplierMeetups.IntegrationTests.Infrastructure;
using SupplierMeetups.UnitTests.Support;
using SupplierMeetups.Web.Badges;
using SupplierMeetups.Web.Identity;
using SupplierMeetups.Web.Platform.Email;
using SupplierMeetups.Web.Platform.Security;

namespace SupplierMeetups.IntegrationTests.Registration;

public sealed class RepresentativeBadgeTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    private const string Firm = "İŞBİR Elektrik";
    private static readonly TimeSpan MailTimeout = TimeSpan.FromSeconds(30);

    private static string Address() => $"temsilci-{Guid.NewGuid():N}@test.local";

    private sealed record Arranged(Guid EventId, Guid FirmId, HttpClient Contact, string People);

    /// <summary>An event with halls (for booths) and a registered, not yet approved firm.</summary>
    private async Task<Guid> EventAsync()
    {
        await factory.SeedEventAsync(); // for the capability taxonomy the registration refers to
        return await ExhibitionArrange.EventAsync(await factory.SignedInAsync(PlatformFactory.OrganizerEmail));
    }

    private async Task<Arranged> FirmAsync(string type = "Supplier")
    {
        var eventId = await EventAsync();
        var (firmId, email) = await factory.RegisterSupplierAsync(eventId, type, Firm);
        return new Arranged(eventId, firmId, await factory.SignedInAsync(email), $"/api/v1/events/{eventId}/firms/{firmId}/people");
    }

    private static async Task<Guid> AddAsync(Arranged firm, string fullName, string email)
    {
        var response = await firm.Contact.PostAsJsonAsync(firm.People, new { fullName, email }, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.JsonAsync()).GetProperty("id").GetGuid();
    }

    private Task<List<Badge>> BadgesAsync(Guid eventId) =>
        factory.WithDbAsync(db => db.Set<Badge>().AsNoTracking().Where(b => b.EventId == eventId).ToListAsync(TestContext.Current.CancellationToken));

    private Eml? MailTo(string address) =>
        factory.MailFiles().Select(Eml.Read).FirstOrDefault(m => m.To.Contains(address, StringComparison.OrdinalIgnoreCase));

    private static async Task<string> BadgeTextAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        using var pdfs = new PdfInspector();
        return await pdfs.TextAsync(await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Approve_WhenFirmNamedTwoPeople_MailsEachTheirBadgePdfOnceEvenWhenApprovedTwice()
    {
        var firm = await FirmAsync();
        var (mustafa, ayse) = (Address(), Address());
        await AddAsync(firm, "Mustafa Büyükeğen", mustafa);
        await AddAsync(firm, "Ayşe Işıkoğlu", ayse);
        var beforeApproval = await BadgesAsync(firm.EventId);

        await factory.ApproveAsync(firm.EventId, firm.FirmId);
        await factory.ApproveAsync(firm.EventId, firm.FirmId);

        Assert.Empty(beforeApproval);
        await Eventually.TrueAsync(() => MailTo(mustafa) is not null && MailTo(ayse) is not null, MailTimeout, "no badge e-mails in the pickup folder");
        using var pdfs = new PdfInspector();
        foreach (var (address, name) in new[] { (mustafa, "Mustafa Büyükeğen"), (ayse, "Ayşe Işıkoğlu") })
        {
            var mail = MailTo(address)!;
            var attachment = Assert.Single(mail.Attachments);
            var text = await pdfs.TextAsync(attachment.Content);
            Assert.Equal("Konya Stant Testi için yaka kartınız", mail.Subject);
            Assert.Contains(name, text);
            Assert.Contains(Firm, text);
            Assert.Contains("TEDARİKÇİ", text);
        }
        var badges = await BadgesAsync(firm.EventId);
        Assert.Equal(2, badges.Count);
        Assert.All(badges, b => Assert.Equal((BadgeType.Supplier, Firm), (b.Type, b.Organization)));
        var owed = await factory.WithDbAsync(db => db.Set<OutgoingEmail>().CountAsync(m => m.Kind == "badge" && (m.ToAddress == mustafa || m.ToAddress == ayse), TestContext.Current.CancellationToken));
        Assert.Equal(2, owed);
    }

    [Fact]
    public async Task AddPerson_WhenFirmAlreadyApproved_IssuesTheBadgeAtOnceAndTheContactDownloadsIt()
    {
        var firm = await FirmAsync();
        await factory.ApproveAsync(firm.EventId, firm.FirmId);
        var address = Address();

        var personId = await AddAsync(firm, "Gülşen Öztürk", address);

        var badge = Assert.Single(await BadgesAsync(firm.EventId));
        Assert.Equal((personId, "Gülşen Öztürk"), (badge.HolderId, badge.PersonName));
        var list = await (await firm.Contact.GetAsync(firm.People, TestContext.Current.CancellationToken)).JsonAsync();
        Assert.EndsWith($"/badges/{badge.Id}.pdf", list[0].GetProperty("badgeUrl").GetString()!.Split('?')[0], StringComparison.Ordinal);
        Assert.Contains("Gülşen Öztürk", await BadgeTextAsync(firm.Contact, $"{firm.People}/{personId}/badge"));
        await Eventually.TrueAsync(() => MailTo(address) is not null, MailTimeout, "no badge e-mail for the person added after approval");
    }

    [Fact]
    public async Task RemovePerson_WhenBadgeIssued_RevokesItSoItNoLongerDownloads()
    {
        var firm = await FirmAsync();
        var personId = await AddAsync(firm, "Ümit Kılıç", Address());
        await factory.ApproveAsync(firm.EventId, firm.FirmId);
        var list = await (await firm.Contact.GetAsync(firm.People, TestContext.Current.CancellationToken)).JsonAsync();
        var keyedLink = list[0].GetProperty("badgeUrl").GetString()!.Replace("http://localhost", "", StringComparison.Ordinal);
        var before = await factory.Anonymous().GetAsync(keyedLink, TestContext.Current.CancellationToken);

        var removed = await firm.Contact.DeleteAsync($"{firm.People}/{personId}", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, removed.StatusCode);
        var badge = Assert.Single(await BadgesAsync(firm.EventId));
        Assert.NotNull(badge.RevokedAt);
        Assert.Equal(HttpStatusCode.NotFound, (await factory.Anonymous().GetAsync(keyedLink, TestContext.Current.CancellationToken)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await firm.Contact.GetAsync($"{firm.People}/{personId}/badge", TestContext.Current.CancellationToken)).StatusCode);
    }

    [Fact]
    public async Task Reject_AfterApproval_RevokesTheBadgesAndApprovingAgainRestoresThemWithoutAnotherEmail()
    {
        var firm = await FirmAsync();
        var address = Address();
        await AddAsync(firm, "Ümit Kılıç", address);
        await factory.ApproveAsync(firm.EventId, firm.FirmId);
        var organizer = await factory.SignedInAsync(PlatformFactory.OrganizerEmail);

        var rejected = await organizer.PostAsJsonAsync($"/api/v1/events/{firm.EventId}/firms/{firm.FirmId}/reject", new { reason = "Eksik belge" }, TestContext.Current.CancellationToken);
        var afterRejection = Assert.Single(await BadgesAsync(firm.EventId));
        await factory.ApproveAsync(firm.EventId, firm.FirmId);

        Assert.Equal(HttpStatusCode.OK, rejected.StatusCode);
        Assert.NotNull(afterRejection.RevokedAt);
        var restored = Assert.Single(await BadgesAsync(firm.EventId));
        Assert.Equal((afterRejection.Id, (DateTimeOffset?)null), (restored.Id, restored.RevokedAt));
        Assert.Equal(1, await factory.WithDbAsync(db => db.Set<OutgoingEmail>().CountAsync(m => m.Kind == "badge" && m.ToAddress == address, TestContext.Current.CancellationToken)));
    }

    [Fact]
    public async Task UpdatePerson_WhenBadgeIssued_TheBadgePrintsTheNewName()
    {
        var firm = await FirmAsync();
        var personId = await AddAsync(firm, "Ibrahim Sahin", Address());
        await factory.ApproveAsync(firm.EventId, firm.FirmId);

        var updated = await firm.Contact.PutAsJsonAsync($"{firm.People}/{personId}", new { fullName = "İbrahim Şahin", email = Address() }, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);
        Assert.Equal("İbrahim Şahin", Assert.Single(await BadgesAsync(firm.EventId)).PersonName);
        Assert.Contains("İbrahim Şahin", await BadgeTextAsync(firm.Contact, $"{firm.People}/{personId}/badge"));
    }

    [Fact]
    public async Task UpdateFirm_WhenShortNameChanges_TheBadgesPrintTheNewName()
    {
        var firm = await FirmAsync();
        var personId = await AddAsync(firm, "Mustafa Büyükeğen", Address());
        await factory.ApproveAsync(firm.EventId, firm.FirmId);

        var updated = await firm.Contact.PutAsJsonAsync($"/api/v1/events/{firm.EventId}/firms/{firm.FirmId}",
            RegistrationScenario.FirmJson(RegistrationScenario.NewTaxNumber(), null, shortName: "İŞBİR Elektrik Sanayi"), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);
        Assert.Equal("İŞBİR Elektrik Sanayi", Assert.Single(await BadgesAsync(firm.EventId)).Organization);
        Assert.Contains("İŞBİR Elektrik Sanayi", await BadgeTextAsync(firm.Contact, $"{firm.People}/{personId}/badge"));
    }

    [Fact]
    public async Task ConfirmBooth_WhenExhibitorsPeopleHaveBadges_TheBadgesShowTheBoothAndLaterOnesToo()
    {
        var firm = await FirmAsync("Exhibitor");
        var first = await AddAsync(firm, "Çağrı Yıldız", Address());
        await factory.ApproveAsync(firm.EventId, firm.FirmId);
        var organizer = await factory.SignedInAsync(PlatformFactory.OrganizerEmail);
        var (boothId, version) = await ExhibitionArrange.BoothAsync(organizer, firm.EventId, "B-07", 0);
        var held = await BadgesAsync(firm.EventId);

        var confirmed = await organizer.PutAsJsonAsync($"/api/v1/events/{firm.EventId}/booths/{boothId}/assignment", new { firmId = firm.FirmId, version }, TestContext.Current.CancellationToken);
        var later = await AddAsync(firm, "Özge Doğan", Address());

        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
        Assert.Null(Assert.Single(held).Booth);
        var badges = await BadgesAsync(firm.EventId);
        Assert.Equal(2, badges.Count);
        Assert.All(badges, b => Assert.Equal((BadgeType.Exhibitor, "B-07"), (b.Type, b.Booth)));
        Assert.Contains("Stant / Booth B-07", await BadgeTextAsync(firm.Contact, $"{firm.People}/{first}/badge"));
        Assert.Contains("Stant / Booth B-07", await BadgeTextAsync(firm.Contact, $"{firm.People}/{later}/badge"));

        var released = await organizer.DeleteAsync($"/api/v1/events/{firm.EventId}/booths/{boothId}/assignment", TestContext.Current.CancellationToken);

        Assert.True(released.IsSuccessStatusCode);
        Assert.All(await BadgesAsync(firm.EventId), b => Assert.Null(b.Booth));
    }

    [Fact]
    public async Task PersonBadgeApi_WhenAnonymousOrAnotherFirmOrPrime_Answers401Or403()
    {
        var firm = await FirmAsync();
        var personId = await AddAsync(firm, "Mustafa Büyükeğen", Address());
        await factory.ApproveAsync(firm.EventId, firm.FirmId);
        var url = $"{firm.People}/{personId}/badge";
        var (_, otherEmail) = await factory.RegisterSupplierAsync(firm.EventId);

        var anonymous = await factory.Anonymous().GetAsync(url, TestContext.Current.CancellationToken);
        var other = await (await factory.SignedInAsync(otherEmail)).GetAsync(url, TestContext.Current.CancellationToken);
        var prime = await (await factory.SignedInAsync(await factory.CreateUserAsync(Roles.Prime))).GetAsync(url, TestContext.Current.CancellationToken);
        var removeByOther = await (await factory.SignedInAsync(otherEmail)).DeleteAsync($"{firm.People}/{personId}", TestContext.Current.CancellationToken);
        var organizer = await (await factory.SignedInAsync(PlatformFactory.OrganizerEmail)).GetAsync(url, TestContext.Current.CancellationToken);

        Assert.Equal((HttpStatusCode.Unauthorized, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden, HttpStatusCode.OK),
            (anonymous.StatusCode, other.StatusCode, prime.StatusCode, removeByOther.StatusCode, organizer.StatusCode));
        Assert.Single(await BadgesAsync(firm.EventId), b => b.RevokedAt is null);
    }

    [Fact]
    public async Task PeoplePage_WhenApproved_LinksEachRepresentativesBadge()
    {
        var eventId = await EventAsync();
        var (firmId, email) = await factory.RegisterSupplierAsync(eventId, "Supplier", Firm);
        var pages = await factory.SignedInPagesAsync(email);
        var page = $"/events/{eventId}/firms/{firmId}/people";
        await pages.PostFormAsync(page, new() { ["Input.FullName"] = "Mustafa Büyükeğen", ["Input.Email"] = Address() });
        var pending = await (await pages.GetAsync(page, TestContext.Current.CancellationToken)).HtmlAsync();
        await factory.ApproveAsync(eventId, firmId);

        var approved = await (await pages.GetAsync(page, TestContext.Current.CancellationToken)).HtmlAsync();

        Assert.Empty(pending.QuerySelectorAll("[data-testid=badge]"));
        var link = Assert.Single(approved.QuerySelectorAll("[data-testid=badge]")).GetAttribute("href")!;
        Assert.Contains("Mustafa Büyükeğen", await BadgeTextAsync(pages, link.Replace("http://localhost", "", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task EditPersonPage_WhenNameCorrected_TheBadgeShowsIt()
    {
        var eventId = await EventAsync();
        var (firmId, email) = await factory.RegisterSupplierAsync(eventId, "Supplier", Firm);
        var firm = new Arranged(eventId, firmId, await factory.SignedInAsync(email), $"/api/v1/events/{eventId}/firms/{firmId}/people");
        var personId = await AddAsync(firm, "Mustafa Buyukegen", Address());
        await factory.ApproveAsync(eventId, firmId);
        var pages = await factory.SignedInPagesAsync(email);

        var response = await pages.PostFormAsync($"/events/{eventId}/firms/{firmId}/people/{personId}",
            new() { ["Input.FullName"] = "Mustafa Büyükeğen", ["Input.Email"] = Address() });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("Mustafa Büyükeğen", await BadgeTextAsync(firm.Contact, $"{firm.People}/{personId}/badge"));
    }
}
