using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SupplierMeetups.IntegrationTests.Infrastructure;
using SupplierMeetups.Web.Exhibition.Booths;
using SupplierMeetups.Web.Identity;
using SupplierMeetups.Web.Platform.Persistence;
using SupplierMeetups.Web.Platform.Security;

namespace SupplierMeetups.IntegrationTests.Exhibition;

public sealed class BoothApiTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task CreateBooth_WhenValid_IsListedPubliclyAsAvailable()
    {
        var organizer = await factory.SignedInAsync(PlatformFactory.OrganizerEmail);
        var eventId = await ExhibitionArrange.EventAsync(organizer);

        await ExhibitionArrange.BoothAsync(organizer, eventId, "A-12", 0, type: "Corner");
        var booths = await factory.Anonymous().GetFromJsonAsync<JsonElement>($"/api/v1/events/{eventId}/booths", Ct);

        var booth = Assert.Single(booths.EnumerateArray());
        Assert.Equal("A-12", booth.GetProperty("code").GetString());
        Assert.Equal("Corner", booth.GetProperty("type").GetString());
        Assert.Equal("Available", booth.GetProperty("status").GetString());
        Assert.Equal(9m, booth.GetProperty("area").GetDecimal());
    }

    [Fact]
    public async Task CreateBooth_WhenItOverlapsAnotherOrTheHallIsUnknown_Answers400InTurkishAndSavesNothing()
    {
        var organizer = await factory.SignedInAsync(PlatformFactory.OrganizerEmail, "tr-TR");
        var eventId = await ExhibitionArrange.EventAsync(organizer);
        await ExhibitionArrange.BoothAsync(organizer, eventId, "A-01", 0);

        var overlapping = await organizer.PostAsJsonAsync($"/api/v1/events/{eventId}/booths", new { hall = "Salon 1", code = "A-02", x = 1, y = 1, width = 3, depth = 3, type = "Inline" }, Ct);
        var unknownHall = await organizer.PostAsJsonAsync($"/api/v1/events/{eventId}/booths", new { hall = "Salon 9", code = "A-03", x = 20, y = 0, width = 3, depth = 3, type = "Inline" }, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, overlapping.StatusCode);
        Assert.Contains("A-02, A-01 ile çakışıyor.", (await overlapping.Content.ReadAsStringAsync(Ct)));
        Assert.Equal(HttpStatusCode.BadRequest, unknownHall.StatusCode);
        var booths = await organizer.GetFromJsonAsync<JsonElement>($"/api/v1/events/{eventId}/booths", Ct);
        Assert.Equal(1, booths.GetArrayLength());
    }

    [Fact]
    public async Task AssignBooth_WhenConfirmed_IsAssignedAndTheFirmIsMailedInItsLanguage()
    {
        var organizer = await factory.SignedInAsync(PlatformFactory.OrganizerEmail);
        var eventId = await ExhibitionArrange.EventAsync(organizer);
        var contact = $"isbir-{Guid.NewGuid():N}@test.local";
        var firmId = await ExhibitionArrange.ExhibitorAsync(factory, eventId, "İŞBİR Elektrik", contact, language: "en");
        var (boothId, version) = await ExhibitionArrange.BoothAsync(organizer, eventId, "A-12", 0);

        var response = await organizer.PutAsJsonAsync($"/api/v1/events/{eventId}/booths/{boothId}/assignment", new { firmId, version }, Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var booth = await response.JsonAsync();
        Assert.Equal("Assigned", booth.GetProperty("status").GetString());
        Assert.Equal("İŞBİR Elektrik", booth.GetProperty("firmName").GetString());
        Eml? mail = null;
        await Eventually.TrueAsync(() => (mail = factory.MailFiles().Select(Eml.Read).FirstOrDefault(m => m.To.Contains(contact, StringComparison.Ordinal))) is not null,
            TimeSpan.FromSeconds(20), "the booth confirmation was not sent");
        Assert.Equal("Your booth at Konya Booth Test: A-12", mail!.Subject);
        Assert.Contains("The booth A-12 in Salon 1 (9 m²) is confirmed for İŞBİR Elektrik.", mail.Text);
    }

    [Fact]
    public async Task AssignBooth_WhenAHoldIsConfirmedTwice_MailsTheFirmOnceInTurkish()
    {
        var organizer = await factory.SignedInAsync(PlatformFactory.OrganizerEmail);
        var eventId = await ExhibitionArrange.EventAsync(organizer);
        var contact = $"hold-{Guid.NewGuid():N}@test.local";
        var firmId = await ExhibitionArrange.ExhibitorAsync(factory, eventId, "Ağır Sanayi Şirketi", contact, language: "tr");
        var (boothId, _) = await ExhibitionArrange.BoothAsync(organizer, eventId, "B-04", 0, hall: "Salon 2");
        var url = $"/api/v1/events/{eventId}/booths/{boothId}/assignment";

        var held = await (await organizer.PutAsJsonAsync(url, new { firmId, hold = true }, Ct)).JsonAsync();
        var confirmed = await (await organizer.PutAsJsonAsync(url, new { firmId }, Ct)).JsonAsync();
        (await organizer.PutAsJsonAsync(url, new { firmId }, Ct)).EnsureSuccessStatusCode();

        Assert.Equal("Held", held.GetProperty("status").GetString());
        Assert.True(held.GetProperty("heldUntil").GetDateTimeOffset() > DateTimeOffset.UtcNow.AddHours(47));
        Assert.Equal("Assigned", confirmed.GetProperty("status").GetString());
        List<Eml> Mails() => factory.MailFiles().Select(Eml.Read).Where(m => m.To.Contains(contact, StringComparison.Ordinal)).ToList();
        await Eventually.TrueAsync(() => Mails().Count > 0, TimeSpan.FromSeconds(20), "the booth confirmation was not sent");
        await Task.Delay(TimeSpan.FromSeconds(3), Ct);
        var mail = Assert.Single(Mails());
        Assert.Equal("Konya Stant Testi etkinliğindeki standınız: B-04", mail.Subject);
        Assert.Contains("Salon 2 salonundaki B-04 standı (9 m²) Ağır Sanayi Şirketi için onaylandı.", mail.Text);
    }

    [Fact]
    public async Task AssignBooth_WhenTwoOrganizersAssignTheSameBoothAtOnce_OneWinsAndTheOtherGets409()
    {
        var organizer = await factory.SignedInAsync(PlatformFactory.OrganizerEmail);
        var second = await factory.SignedInAsync(await factory.CreateUserAsync(Roles.Organizer), "tr-TR");
        var eventId = await ExhibitionArrange.EventAsync(organizer);
        var firmA = await ExhibitionArrange.ExhibitorAsync(factory, eventId, "Anadolu Döküm");
        var firmB = await ExhibitionArrange.ExhibitorAsync(factory, eventId, "Büyükeğen Makina");
        var (boothId, version) = await ExhibitionArrange.BoothAsync(organizer, eventId, "A-01", 0);

        var answers = await Task.WhenAll(
            organizer.PutAsJsonAsync($"/api/v1/events/{eventId}/booths/{boothId}/assignment", new { firmId = firmA, version }, Ct),
            second.PutAsJsonAsync($"/api/v1/events/{eventId}/booths/{boothId}/assignment", new { firmId = firmB, version }, Ct));

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.Conflict], answers.Select(a => a.StatusCode).Order());
        var loser = answers.Single(a => a.StatusCode == HttpStatusCode.Conflict);
        Assert.False(string.IsNullOrWhiteSpace((await loser.JsonAsync()).GetProperty("detail").GetString()));
        await using var scope = factory.Services.CreateAsyncScope();
        var assignments = await scope.ServiceProvider.GetRequiredService<AppDbContext>().Set<BoothAssignment>().Where(a => a.BoothId == boothId).ToListAsync(Ct);
        Assert.Single(assignments);
    }

    [Fact]
    public async Task AssignBooth_WhenTheVersionIsStale_Answers409WithATurkishMessage()
    {
        var organizer = await factory.SignedInAsync(PlatformFactory.OrganizerEmail, "tr-TR");
        var eventId = await ExhibitionArrange.EventAsync(organizer);
        var firmA = await ExhibitionArrange.ExhibitorAsync(factory, eventId, "Anadolu Döküm");
        var firmB = await ExhibitionArrange.ExhibitorAsync(factory, eventId, "Büyükeğen Makina");
        var (boothId, version) = await ExhibitionArrange.BoothAsync(organizer, eventId, "A-01", 0);
        (await organizer.PutAsJsonAsync($"/api/v1/events/{eventId}/booths/{boothId}/assignment", new { firmId = firmA, version, hold = true }, Ct)).EnsureSuccessStatusCode();

        var stale = await organizer.PutAsJsonAsync($"/api/v1/events/{eventId}/booths/{boothId}/assignment", new { firmId = firmB, version }, Ct);

        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal("Başka bir organizatör bu standı az önce değiştirdi. Planı yeniden yükleyin ve atamadan önce kontrol edin.", (await stale.JsonAsync()).GetProperty("detail").GetString());
    }

    [Fact]
    public async Task AssignBooth_WhenHeldForAnotherFirm_Answers409UntilTheHoldExpires()
    {
        var organizer = await factory.SignedInAsync(PlatformFactory.OrganizerEmail, "en-US");
        var eventId = await ExhibitionArrange.EventAsync(organizer);
        var firmA = await ExhibitionArrange.ExhibitorAsync(factory, eventId, "Anadolu Döküm");
        var firmB = await ExhibitionArrange.ExhibitorAsync(factory, eventId, "Büyükeğen Makina");
        var (boothId, _) = await ExhibitionArrange.BoothAsync(organizer, eventId, "A-01", 0);
        var held = await (await organizer.PutAsJsonAsync($"/api/v1/events/{eventId}/booths/{boothId}/assignment", new { firmId = firmA, hold = true }, Ct)).JsonAsync();

        var whileHeld = await organizer.PutAsJsonAsync($"/api/v1/events/{eventId}/booths/{boothId}/assignment", new { firmId = firmB }, Ct);
        await ExpireHoldAsync(boothId);
        var listed = await organizer.GetFromJsonAsync<JsonElement>($"/api/v1/events/{eventId}/booths", Ct);
        var afterExpiry = await organizer.PutAsJsonAsync($"/api/v1/events/{eventId}/booths/{boothId}/assignment", new { firmId = firmB }, Ct);

        Assert.Equal("Held", held.GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.Conflict, whileHeld.StatusCode);
        Assert.Equal("This booth is held by another firm. Release it first.", (await whileHeld.JsonAsync()).GetProperty("detail").GetString());
        Assert.Equal("Available", listed[0].GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.OK, afterExpiry.StatusCode);
        Assert.Equal(firmB, (await afterExpiry.JsonAsync()).GetProperty("firmId").GetGuid());
    }

    [Fact]
    public async Task AssignBooth_WhenTheFirmHasABoothAndTheEventGivesOne_Answers409()
    {
        var organizer = await factory.SignedInAsync(PlatformFactory.OrganizerEmail);
        var eventId = await ExhibitionArrange.EventAsync(organizer);
        var firm = await ExhibitionArrange.ExhibitorAsync(factory, eventId, "Anadolu Döküm");
        var (first, _) = await ExhibitionArrange.BoothAsync(organizer, eventId, "A-01", 0);
        var (second, _) = await ExhibitionArrange.BoothAsync(organizer, eventId, "A-02", 10);
        (await organizer.PutAsJsonAsync($"/api/v1/events/{eventId}/booths/{first}/assignment", new { firmId = firm }, Ct)).EnsureSuccessStatusCode();

        var response = await organizer.PutAsJsonAsync($"/api/v1/events/{eventId}/booths/{second}/assignment", new { firmId = firm }, Ct);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
    }

    [Fact]
    public async Task AssignBooth_WhenTheFirmIsNotAnApprovedExhibitor_Answers400AndChangesNothing()
    {
        var organizer = await factory.SignedInAsync(PlatformFactory.OrganizerEmail, "en-US");
        var eventId = await ExhibitionArrange.EventAsync(organizer);
        var pending = await ExhibitionArrange.ExhibitorAsync(factory, eventId, "Bekleyen Firma", status: Web.Registration.Contracts.ParticipationStatus.Pending);
        var (boothId, _) = await ExhibitionArrange.BoothAsync(organizer, eventId, "A-01", 0);

        var response = await organizer.PutAsJsonAsync($"/api/v1/events/{eventId}/booths/{boothId}/assignment", new { firmId = pending }, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("The firm is not an approved exhibitor of this event.", (await response.JsonAsync()).GetProperty("errors").GetProperty("firmId")[0].GetString());
        var listed = await organizer.GetFromJsonAsync<JsonElement>($"/api/v1/events/{eventId}/booths", Ct);
        Assert.Equal("Available", listed[0].GetProperty("status").GetString());
    }

    [Fact]
    public async Task ReleaseBooth_WhenAssigned_MakesItAvailableAgain()
    {
        var organizer = await factory.SignedInAsync(PlatformFactory.OrganizerEmail);
        var eventId = await ExhibitionArrange.EventAsync(organizer);
        var firm = await ExhibitionArrange.ExhibitorAsync(factory, eventId, "Anadolu Döküm");
        var (boothId, _) = await ExhibitionArrange.BoothAsync(organizer, eventId, "A-01", 0);
        (await organizer.PutAsJsonAsync($"/api/v1/events/{eventId}/booths/{boothId}/assignment", new { firmId = firm }, Ct)).EnsureSuccessStatusCode();

        var response = await organizer.DeleteAsync($"/api/v1/events/{eventId}/booths/{boothId}/assignment", Ct);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        var listed = await organizer.GetFromJsonAsync<JsonElement>($"/api/v1/events/{eventId}/booths", Ct);
        Assert.Equal("Available", listed[0].GetProperty("status").GetString());
    }

    [Fact]
    public async Task Proposal_WhenCreatedChangedAndConfirmed_AssignsEveryBoothAndKeepsCompetitorsApart()
    {
        var organizer = await factory.SignedInAsync(PlatformFactory.OrganizerEmail, "en-US");
        var eventId = await ExhibitionArrange.EventAsync(organizer);
        var a = await ExhibitionArrange.ExhibitorAsync(factory, eventId, "Anadolu Döküm");
        var b = await ExhibitionArrange.ExhibitorAsync(factory, eventId, "Büyükeğen Makina");
        await RequestAsync(eventId, b, competitors: [a]);
        var booths = new List<Guid>();
        for (var i = 0; i < 3; i++) booths.Add((await ExhibitionArrange.BoothAsync(organizer, eventId, $"A-0{i + 1}", i * 3)).Id);

        var created = await organizer.PostAsync($"/api/v1/events/{eventId}/booth-proposals", null, Ct);
        var proposal = await created.JsonAsync();
        var placements = proposal.GetProperty("placements").EnumerateArray().ToList();
        var proposalUrl = created.Headers.Location!.OriginalString;
        var middle = await organizer.PutAsJsonAsync($"{proposalUrl}/placements/{b}", new { boothId = booths[1] }, Ct);
        var confirmed = await organizer.PostAsync($"{proposalUrl}/confirmation", null, Ct);
        var listed = await organizer.GetFromJsonAsync<JsonElement>($"/api/v1/events/{eventId}/booths", Ct);

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(2, placements.Count);
        Assert.Equal(["A-01", "A-03"], placements.Select(p => p.GetProperty("boothCode").GetString()).Order(StringComparer.Ordinal));
        Assert.All(placements, p => Assert.NotEmpty(p.GetProperty("reasons").EnumerateArray()));
        Assert.Equal(HttpStatusCode.Conflict, middle.StatusCode);
        Assert.Equal("That booth is next to a competitor of the firm.", (await middle.JsonAsync()).GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
        Assert.Equal(2, listed.EnumerateArray().Count(x => x.GetProperty("status").GetString() == "Assigned"));
        var again = await organizer.PostAsync($"{proposalUrl}/confirmation", null, Ct);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
    }

    [Fact]
    public async Task BoothWrites_WhenAnonymous_Answer401()
    {
        var anonymous = factory.Anonymous();
        var eventId = Guid.NewGuid();

        var create = await anonymous.PostAsJsonAsync($"/api/v1/events/{eventId}/booths", new { }, Ct);
        var assign = await anonymous.PutAsJsonAsync($"/api/v1/events/{eventId}/booths/{Guid.NewGuid()}/assignment", new { firmId = Guid.NewGuid() }, Ct);
        var propose = await anonymous.PostAsync($"/api/v1/events/{eventId}/booth-proposals", null, Ct);

        Assert.All(new[] { create, assign, propose }, r => Assert.Equal(HttpStatusCode.Unauthorized, r.StatusCode));
    }

    [Theory]
    [InlineData(Roles.Prime)]
    [InlineData(Roles.Supplier)]
    [InlineData(Roles.Visitor)]
    [InlineData(Roles.Staff)]
    public async Task BoothWrites_WhenNotOrganizer_Answer403(string role)
    {
        var client = await factory.SignedInAsync(await factory.CreateUserAsync(role));
        var eventId = Guid.NewGuid();

        var assign = await client.PutAsJsonAsync($"/api/v1/events/{eventId}/booths/{Guid.NewGuid()}/assignment", new { firmId = Guid.NewGuid() }, Ct);
        var release = await client.DeleteAsync($"/api/v1/events/{eventId}/booths/{Guid.NewGuid()}/assignment", Ct);
        var propose = await client.PostAsync($"/api/v1/events/{eventId}/booth-proposals", null, Ct);

        Assert.All(new[] { assign, release, propose }, r => Assert.Equal(HttpStatusCode.Forbidden, r.StatusCode));
    }

    private async Task ExpireHoldAsync(Guid boothId)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var assignment = await db.Set<BoothAssignment>().SingleAsync(a => a.BoothId == boothId, Ct);
        assignment.HeldUntil = DateTimeOffset.UtcNow.AddMinutes(-1);
        await db.SaveChangesAsync(Ct);
    }

    private async Task RequestAsync(Guid eventId, Guid firmId, Guid[] competitors)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        db.Add(new BoothRequest { EventId = eventId, FirmId = firmId, AreaSquareMetres = 9, CompetitorFirmIds = [.. competitors] });
        await db.SaveChangesAsync(Ct);
    }
}
