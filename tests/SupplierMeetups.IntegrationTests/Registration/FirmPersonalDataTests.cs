using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SupplierMeetups.IntegrationTests.Infrastructure;
using SupplierMeetups.Web.Identity;
using SupplierMeetups.Web.Platform.Security;
using SupplierMeetups.Web.Registration;
using SupplierMeetups.Web.Registration.Consent;

namespace SupplierMeetups.IntegrationTests.Registration;

public sealed class FirmPersonalDataTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    private sealed record World(Guid EventId, Guid FirmId, string Email, Guid ContactId, Guid PersonId);

    /// <summary>A registered supplier (contact "Ayşe Yılmaz", consent given) that named one representative.</summary>
    private async Task<World> SupplierWithRepresentativeAsync()
    {
        var eventId = await factory.SeedEventAsync();
        var (firmId, email) = await factory.RegisterSupplierAsync(eventId);
        var contact = await factory.SignedInAsync(email);
        var added = await contact.PostAsJsonAsync($"/api/v1/events/{eventId}/firms/{firmId}/people",
            new { fullName = "Gülşen Öztürk", title = "Kalite Müdürü", email = $"gulsen-{Guid.NewGuid():N}@test.local", phone = "+90 332 555 44 33" }, TestContext.Current.CancellationToken);
        added.EnsureSuccessStatusCode();
        var contactId = await factory.WithDbAsync(db => db.Set<AppUser>().Where(u => u.Email == email).Select(u => u.Id).SingleAsync(TestContext.Current.CancellationToken));
        return new World(eventId, firmId, email, contactId, (await added.JsonAsync()).GetProperty("id").GetGuid());
    }

    private Task<FirmPerson> PersonAsync(Guid id) =>
        factory.WithDbAsync(db => db.Set<FirmPerson>().AsNoTracking().SingleAsync(p => p.Id == id, TestContext.Current.CancellationToken));

    private Task<AppUser> UserAsync(Guid id) =>
        factory.WithDbAsync(db => db.Set<AppUser>().AsNoTracking().SingleAsync(u => u.Id == id, TestContext.Current.CancellationToken));

    [Fact]
    public async Task ExportApi_AsTheFirmsContact_GivesAccountConsentAndRepresentatives()
    {
        var world = await SupplierWithRepresentativeAsync();
        var contact = await factory.SignedInAsync(world.Email);

        var response = await contact.GetAsync($"/api/v1/firms/{world.FirmId}/personal-data", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var data = await response.JsonAsync();
        Assert.Equal(world.Email, data.GetProperty("account").GetProperty("email").GetString());
        Assert.Equal("Ayşe Yılmaz", data.GetProperty("account").GetProperty("fullName").GetString());
        var consent = Assert.Single(data.GetProperty("consents").EnumerateArray());
        Assert.StartsWith("6698 sayılı", consent.GetProperty("text").GetString(), StringComparison.Ordinal);
        var person = Assert.Single(data.GetProperty("representatives").EnumerateArray());
        Assert.Equal(("Gülşen Öztürk", "Kalite Müdürü", "Demir Döküm"), (person.GetProperty("fullName").GetString(), person.GetProperty("title").GetString(), person.GetProperty("firm").GetString()));
    }

    [Fact]
    public async Task ExportPage_AsTheFirmsContact_DownloadsJsonWithTurkishLetters()
    {
        var world = await SupplierWithRepresentativeAsync();
        var contact = await factory.SignedInPagesAsync(world.Email);

        var response = await contact.GetAsync($"/firms/{world.FirmId}/personal-data?handler=data", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var raw = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Contains("Gülşen Öztürk", raw, StringComparison.Ordinal);
        Assert.Equal(world.Email, JsonDocument.Parse(raw).RootElement.GetProperty("account").GetProperty("email").GetString());
    }

    [Fact]
    public async Task ExportApi_WhenAnonymous_Answers401()
    {
        var world = await SupplierWithRepresentativeAsync();

        var response = await factory.Anonymous().GetAsync($"/api/v1/firms/{world.FirmId}/personal-data", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [InlineData(Roles.Supplier)]
    [InlineData(Roles.Prime)]
    [InlineData(Roles.Visitor)]
    [InlineData(Roles.Organizer)]
    public async Task ExportApi_WhenNotTheFirmsContact_Answers403(string role)
    {
        var world = await SupplierWithRepresentativeAsync();
        var other = await factory.SignedInAsync(role == Roles.Organizer ? PlatformFactory.OrganizerEmail : await factory.CreateUserAsync(role));

        var response = await other.GetAsync($"/api/v1/firms/{world.FirmId}/personal-data", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task ErasePersonPage_AsTheFirmsContact_AnonymizesTheRepresentativeAndKeepsTheCount()
    {
        var world = await SupplierWithRepresentativeAsync();
        var contact = await factory.SignedInPagesAsync(world.Email);

        var response = await contact.PostFormAsync($"/firms/{world.FirmId}/personal-data", [], handler: $"ErasePerson&personId={world.PersonId}");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var person = await PersonAsync(world.PersonId);
        Assert.Equal(("Silinmiş kişi", null, null), (person.FullName, person.Title, person.Phone));
        Assert.EndsWith("@erased.invalid", person.Email, StringComparison.Ordinal);
        var people = await (await factory.SignedInAsync(world.Email)).GetAsync($"/api/v1/events/{world.EventId}/firms/{world.FirmId}/people", TestContext.Current.CancellationToken);
        Assert.Single((await people.JsonAsync()).EnumerateArray());
    }

    [Fact]
    public async Task ErasePersonApi_AsOrganizer_AnonymizesTheRepresentative()
    {
        var world = await SupplierWithRepresentativeAsync();
        var organizer = await factory.SignedInAsync(PlatformFactory.OrganizerEmail);

        var response = await organizer.PostAsync($"/api/v1/firms/{world.FirmId}/people/{world.PersonId}/erase", null, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal("Silinmiş kişi", (await PersonAsync(world.PersonId)).FullName);
    }

    [Fact]
    public async Task ErasePersonApi_WhenThePersonBelongsToAnotherFirm_Answers404AndChangesNothing()
    {
        var world = await SupplierWithRepresentativeAsync();
        var other = await SupplierWithRepresentativeAsync();
        var contact = await factory.SignedInAsync(other.Email, "en-US");

        var response = await contact.PostAsync($"/api/v1/firms/{other.FirmId}/people/{world.PersonId}/erase", null, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("The firm has no such person.", (await response.JsonAsync()).GetProperty("detail").GetString());
        Assert.Equal("Gülşen Öztürk", (await PersonAsync(world.PersonId)).FullName);
    }

    [Fact]
    public async Task ErasePersonApi_WhenAnonymous_Answers401AndChangesNothing()
    {
        var world = await SupplierWithRepresentativeAsync();

        var response = await factory.Anonymous().PostAsync($"/api/v1/firms/{world.FirmId}/people/{world.PersonId}/erase", null, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("Gülşen Öztürk", (await PersonAsync(world.PersonId)).FullName);
    }

    [Theory]
    [InlineData(Roles.Supplier)]
    [InlineData(Roles.Prime)]
    [InlineData(Roles.Visitor)]
    [InlineData(Roles.Staff)]
    public async Task ErasePersonApi_WhenNotTheFirmsContactNorOrganizer_Answers403AndChangesNothing(string role)
    {
        var world = await SupplierWithRepresentativeAsync();
        var other = await factory.SignedInAsync(await factory.CreateUserAsync(role));

        var response = await other.PostAsync($"/api/v1/firms/{world.FirmId}/people/{world.PersonId}/erase", null, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("Gülşen Öztürk", (await PersonAsync(world.PersonId)).FullName);
    }

    [Fact]
    public async Task ErasePersonPage_WhenAnotherFirmsContact_IsForbiddenAndChangesNothing()
    {
        var world = await SupplierWithRepresentativeAsync();
        var other = await SupplierWithRepresentativeAsync();
        var client = await factory.SignedInPagesAsync(other.Email);

        var page = await client.GetAsync($"/firms/{world.FirmId}/personal-data", TestContext.Current.CancellationToken);

        Assert.Equal("/account/access-denied", page.Headers.Location?.AbsolutePath);
        Assert.Equal("Gülşen Öztürk", (await PersonAsync(world.PersonId)).FullName);
    }

    [Fact]
    public async Task EraseContactPage_ByThemselves_ClosesTheAccountKeepsTheFirmAndTheConsentProofAndSignsOut()
    {
        var world = await SupplierWithRepresentativeAsync();
        var contact = await factory.SignedInPagesAsync(world.Email);

        var response = await contact.PostFormAsync($"/firms/{world.FirmId}/personal-data", [], handler: $"EraseContact&userId={world.ContactId}");

        Assert.Equal("/personal-data/erased", response.Headers.Location?.OriginalString);
        var user = await UserAsync(world.ContactId);
        Assert.Equal(("Silinmiş kişi", null, false), (user.FullName, user.PasswordHash, user.EmailConfirmed));
        Assert.EndsWith("@erased.invalid", user.Email, StringComparison.Ordinal);
        var (participation, record) = await factory.WithDbAsync(async db => (
            await db.Set<Participation>().SingleAsync(p => p.FirmId == world.FirmId, TestContext.Current.CancellationToken),
            await db.Set<ConsentRecord>().SingleAsync(r => r.PersonId == world.ContactId, TestContext.Current.CancellationToken)));
        Assert.Null(participation.ContactUserId);
        Assert.Equal(ParticipationStatus.Pending, participation.Status);
        Assert.Null(record.IpAddress);
        Assert.NotNull(record.AnonymizedAt);
        var myFirm = await contact.GetAsync("/my/firm", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Redirect, myFirm.StatusCode);
        var login = await factory.Anonymous().PostAsJsonAsync("/api/v1/auth/login", new { email = world.Email, password = PlatformFactory.Password }, TestContext.Current.CancellationToken);
        Assert.False(login.IsSuccessStatusCode);
    }

    [Fact]
    public async Task EraseContactApi_AsOrganizer_ClosesTheAccount()
    {
        var world = await SupplierWithRepresentativeAsync();
        var organizer = await factory.SignedInAsync(PlatformFactory.OrganizerEmail);

        var response = await organizer.PostAsync($"/api/v1/firms/{world.FirmId}/contacts/{world.ContactId}/erase", null, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal("Silinmiş kişi", (await UserAsync(world.ContactId)).FullName);
        Assert.Equal("Gülşen Öztürk", (await PersonAsync(world.PersonId)).FullName);
    }

    [Fact]
    public async Task EraseContactApi_WhenAnonymous_Answers401AndChangesNothing()
    {
        var world = await SupplierWithRepresentativeAsync();

        var response = await factory.Anonymous().PostAsync($"/api/v1/firms/{world.FirmId}/contacts/{world.ContactId}/erase", null, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("Ayşe Yılmaz", (await UserAsync(world.ContactId)).FullName);
    }

    [Theory]
    [InlineData(Roles.Supplier)]
    [InlineData(Roles.Visitor)]
    public async Task EraseContactApi_WhenSomeoneElse_Answers403AndChangesNothing(string role)
    {
        var world = await SupplierWithRepresentativeAsync();
        var other = await factory.SignedInAsync(await factory.CreateUserAsync(role));

        var response = await other.PostAsync($"/api/v1/firms/{world.FirmId}/contacts/{world.ContactId}/erase", null, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("Ayşe Yılmaz", (await UserAsync(world.ContactId)).FullName);
    }

    [Fact]
    public async Task EraseContactApi_WhenAnotherFirmsContactNamesThisContact_Answers403InTurkish()
    {
        var world = await SupplierWithRepresentativeAsync();
        var other = await SupplierWithRepresentativeAsync();
        var client = await factory.SignedInAsync(other.Email);

        var response = await client.PostAsync($"/api/v1/firms/{other.FirmId}/contacts/{world.ContactId}/erase", null, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("Bunu yalnızca kişinin kendisi, firmasının yetkilisi veya organizatörler yapabilir.", (await response.JsonAsync()).GetProperty("detail").GetString());
        Assert.Equal("Ayşe Yılmaz", (await UserAsync(world.ContactId)).FullName);
    }
}
