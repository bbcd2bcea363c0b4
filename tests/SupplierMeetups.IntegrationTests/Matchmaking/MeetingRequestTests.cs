using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using SupplierMeetups.IntegrationTests.Infrastructure;
using SupplierMeetups.Web.Matchmaking;
using SupplierMeetups.Web.Matchmaking.Availability;

namespace SupplierMeetups.IntegrationTests.Matchmaking;

public sealed class MeetingRequestTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static string Requests(MatchmakingWorld w) => $"/api/v1/events/{w.EventId}/meeting-requests";

    [Fact]
    public async Task Request_WhenPrimeAsksApprovedSupplier_SupplierSeesItAndAccepts()
    {
        var w = await MatchmakingWorld.CreateAsync(factory);
        var prime = await factory.SignedInAsync(w.Prime.Email);
        var supplier = await factory.SignedInAsync(w.Supplier.Email);

        var created = await prime.PostAsJsonAsync(Requests(w), new { firmId = w.Supplier.FirmId, priority = 3, note = "Kart dizgi kapasitesi" }, Ct);
        var id = (await created.JsonAsync()).GetProperty("id").GetString();
        var seen = await supplier.GetFromJsonAsync<System.Text.Json.JsonElement>(Requests(w), Ct);
        var accepted = await supplier.PostAsync($"{Requests(w)}/{id}/accept", null, Ct);

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var row = Assert.Single(seen.GetProperty("items").EnumerateArray());
        Assert.Equal("ASELSAN", row.GetProperty("prime").GetString());
        Assert.Equal("prime", row.GetProperty("requestedBy").GetString());
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        Assert.Equal(RequestStatus.Accepted, Assert.Single(await w.RequestsAsync(factory)).Status);
    }

    [Fact]
    public async Task Request_WhenSupplierAsksPrime_PrimeDeclinesWithAReason()
    {
        var w = await MatchmakingWorld.CreateAsync(factory);
        var supplier = await factory.SignedInAsync(w.Supplier.Email);
        var prime = await factory.SignedInAsync(w.Prime.Email);
        var id = (await (await supplier.PostAsJsonAsync(Requests(w), new { firmId = w.Prime.FirmId, priority = 1 }, Ct)).JsonAsync()).GetProperty("id").GetString();

        var withoutReason = await prime.PostAsJsonAsync($"{Requests(w)}/{id}/decline", new { reason = " " }, Ct);
        var declined = await prime.PostAsJsonAsync($"{Requests(w)}/{id}/decline", new { reason = "Bu yıl döküm arıyoruz" }, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, withoutReason.StatusCode);
        Assert.Equal(HttpStatusCode.OK, declined.StatusCode);
        var row = Assert.Single(await w.RequestsAsync(factory));
        Assert.Equal(RequestStatus.Declined, row.Status);
        Assert.Equal("Bu yıl döküm arıyoruz", row.DeclineReason);
    }

    [Fact]
    public async Task Request_WhenFirmNotApproved_IsRefusedInTurkishAndSavesNothing()
    {
        var w = await MatchmakingWorld.CreateAsync(factory);
        var prime = await factory.SignedInAsync(w.Prime.Email);

        var response = await prime.PostAsJsonAsync(Requests(w), new { firmId = w.Pending.FirmId, priority = 2 }, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("Bu firma etkinliğin onaylı bir katılımcısı değil.", (await response.JsonAsync()).GetProperty("detail").GetString());
        Assert.Empty(await w.RequestsAsync(factory));
    }

    [Fact]
    public async Task Request_WhenFirmNotInTheEvent_IsRefusedInEnglish()
    {
        var w = await MatchmakingWorld.CreateAsync(factory);
        var prime = await factory.SignedInAsync(w.Prime.Email, "en-US");

        var response = await prime.PostAsJsonAsync(Requests(w), new { firmId = Guid.NewGuid(), priority = 2 }, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("This firm is not an approved participant of this event.", (await response.JsonAsync()).GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Request_WhenSupplierAsksSupplier_IsRefused()
    {
        var w = await MatchmakingWorld.CreateAsync(factory);
        var supplier = await factory.SignedInAsync(w.Supplier.Email);

        var response = await supplier.PostAsJsonAsync(Requests(w), new { firmId = w.OtherSupplier.FirmId, priority = 2 }, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(await w.RequestsAsync(factory));
    }

    [Fact]
    public async Task Request_WhenAskedTwiceWithTheSameFirm_SecondIsRefused()
    {
        var w = await MatchmakingWorld.CreateAsync(factory);
        var prime = await factory.SignedInAsync(w.Prime.Email);
        var supplier = await factory.SignedInAsync(w.Supplier.Email);
        await prime.PostAsJsonAsync(Requests(w), new { firmId = w.Supplier.FirmId, priority = 3 }, Ct);

        var again = await prime.PostAsJsonAsync(Requests(w), new { firmId = w.Supplier.FirmId, priority = 2 }, Ct);
        var reverse = await supplier.PostAsJsonAsync(Requests(w), new { firmId = w.Prime.FirmId, priority = 2 }, Ct);

        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Contains("İŞBİR Elektrik", (await again.JsonAsync()).GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.Conflict, reverse.StatusCode);
        Assert.Single(await w.RequestsAsync(factory));
    }

    [Fact]
    public async Task Request_WhenQuotaReached_IsRefused()
    {
        var w = await MatchmakingWorld.CreateAsync(factory);
        await MatchmakingWorld.ChangeAsync(factory, db => { db.Add(new MatchmakingSettings { EventId = w.EventId, QuotaPerParticipant = 1 }); return Task.CompletedTask; });
        var prime = await factory.SignedInAsync(w.Prime.Email);
        await prime.PostAsJsonAsync(Requests(w), new { firmId = w.Supplier.FirmId, priority = 3 }, Ct);

        var response = await prime.PostAsJsonAsync(Requests(w), new { firmId = w.OtherSupplier.FirmId, priority = 3 }, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("kota", (await response.JsonAsync()).GetProperty("detail").GetString());
        Assert.Single(await w.RequestsAsync(factory));
    }

    [Fact]
    public async Task Request_WhenDeadlinePassed_IsRefused()
    {
        var w = await MatchmakingWorld.CreateAsync(factory);
        await MatchmakingWorld.ChangeAsync(factory, db => { db.Add(new MatchmakingSettings { EventId = w.EventId, RequestDeadline = DateTimeOffset.UtcNow.AddMinutes(-1) }); return Task.CompletedTask; });
        var prime = await factory.SignedInAsync(w.Prime.Email, "en-US");

        var response = await prime.PostAsJsonAsync(Requests(w), new { firmId = w.Supplier.FirmId, priority = 3 }, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("The deadline for meeting requests has passed.", (await response.JsonAsync()).GetProperty("detail").GetString());
        Assert.Empty(await w.RequestsAsync(factory));
    }

    [Fact]
    public async Task Request_WhenPreferredSlotMarkedUnavailableByTheFirm_IsRefused()
    {
        var w = await MatchmakingWorld.CreateAsync(factory);
        await MatchmakingWorld.ChangeAsync(factory, db => { db.Add(new FirmAvailability { EventId = w.EventId, ParticipationId = w.Supplier.ParticipationId, UnavailableSlots = ["D1-02"] }); return Task.CompletedTask; });
        var prime = await factory.SignedInAsync(w.Prime.Email);

        var response = await prime.PostAsJsonAsync(Requests(w), new { firmId = w.Supplier.FirmId, priority = 3, preferredSlot = "D1-02" }, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("İŞBİR Elektrik, D1-02 zaman dilimini uygun değil olarak işaretledi.", (await response.JsonAsync()).GetProperty("detail").GetString());
        Assert.Empty(await w.RequestsAsync(factory));
    }

    [Fact]
    public async Task Request_WhenPriorityOutOfRange_AnswersValidationProblemKeyedByJsonName()
    {
        var w = await MatchmakingWorld.CreateAsync(factory);
        var prime = await factory.SignedInAsync(w.Prime.Email);

        var response = await prime.PostAsJsonAsync(Requests(w), new { firmId = w.Supplier.FirmId, priority = 7 }, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.JsonAsync()).GetProperty("errors").TryGetProperty("priority", out _));
        Assert.Empty(await w.RequestsAsync(factory));
    }

    [Fact]
    public async Task Accept_WhenRequestExpired_IsRefused()
    {
        var w = await MatchmakingWorld.CreateAsync(factory);
        var prime = await factory.SignedInAsync(w.Prime.Email);
        var supplier = await factory.SignedInAsync(w.Supplier.Email);
        var id = Guid.Parse((await (await prime.PostAsJsonAsync(Requests(w), new { firmId = w.Supplier.FirmId, priority = 3 }, Ct)).JsonAsync()).GetProperty("id").GetString()!);
        await MatchmakingWorld.ChangeAsync(factory, async db => (await db.Set<MeetingRequest>().SingleAsync(r => r.Id == id, Ct)).ExpiresAt = DateTimeOffset.UtcNow.AddMinutes(-1));

        var response = await supplier.PostAsync($"{Requests(w)}/{id}/accept", null, Ct);
        var listed = await supplier.GetFromJsonAsync<System.Text.Json.JsonElement>(Requests(w), Ct);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("expired", listed.GetProperty("items")[0].GetProperty("status").GetString());
    }

    [Fact]
    public async Task Accept_WhenCalledByTheRequester_IsForbidden()
    {
        var w = await MatchmakingWorld.CreateAsync(factory);
        var prime = await factory.SignedInAsync(w.Prime.Email);
        var id = (await (await prime.PostAsJsonAsync(Requests(w), new { firmId = w.Supplier.FirmId, priority = 3 }, Ct)).JsonAsync()).GetProperty("id").GetString();

        var response = await prime.PostAsync($"{Requests(w)}/{id}/accept", null, Ct);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(RequestStatus.Pending, Assert.Single(await w.RequestsAsync(factory)).Status);
    }

    [Fact]
    public async Task OtherSupplier_WhenListingOrAnswering_NeverSeesAnotherSuppliersRequests()
    {
        var w = await MatchmakingWorld.CreateAsync(factory);
        var prime = await factory.SignedInAsync(w.Prime.Email);
        var other = await factory.SignedInAsync(w.OtherSupplier.Email);
        var otherPrime = await factory.SignedInAsync(w.OtherPrime.Email);
        var id = (await (await prime.PostAsJsonAsync(Requests(w), new { firmId = w.Supplier.FirmId, priority = 3 }, Ct)).JsonAsync()).GetProperty("id").GetString();

        var list = await other.GetFromJsonAsync<System.Text.Json.JsonElement>(Requests(w), Ct);
        var primeList = await otherPrime.GetFromJsonAsync<System.Text.Json.JsonElement>(Requests(w), Ct);
        var accept = await other.PostAsync($"{Requests(w)}/{id}/accept", null, Ct);
        var decline = await otherPrime.PostAsJsonAsync($"{Requests(w)}/{id}/decline", new { reason = "x" }, Ct);

        Assert.Equal(0, list.GetProperty("items").GetArrayLength());
        Assert.Equal(0, primeList.GetProperty("items").GetArrayLength());
        Assert.Equal(HttpStatusCode.NotFound, accept.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, decline.StatusCode);
        Assert.Equal(RequestStatus.Pending, Assert.Single(await w.RequestsAsync(factory)).Status);
    }

    [Theory]
    [InlineData("Visitor")]
    [InlineData("Organizer")]
    public async Task Requests_WhenNotAFirm_AreForbidden(string role)
    {
        var w = await MatchmakingWorld.CreateAsync(factory);
        var client = await factory.SignedInAsync(await factory.CreateUserAsync(role));

        var list = await client.GetAsync(Requests(w), Ct);
        var create = await client.PostAsJsonAsync(Requests(w), new { firmId = w.Supplier.FirmId, priority = 3 }, Ct);

        Assert.Equal(HttpStatusCode.Forbidden, list.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, create.StatusCode);
    }

    [Fact]
    public async Task Requests_WhenAnonymous_Answer401()
    {
        var w = await MatchmakingWorld.CreateAsync(factory);

        var response = await factory.Anonymous().GetAsync(Requests(w), Ct);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Availability_WhenPrimeClaimsAnotherPrimesDesk_IsRefused()
    {
        var w = await MatchmakingWorld.CreateAsync(factory);
        var prime = await factory.SignedInAsync(w.Prime.Email);
        var otherPrime = await factory.SignedInAsync(w.OtherPrime.Email);
        var url = $"/api/v1/events/{w.EventId}/availability";
        var mine = await prime.PutAsJsonAsync(url, new { unavailableSlots = new[] { "D1-04" }, desksAtOnce = 1, ownTables = new[] { "ASE-1" } }, Ct);

        var theirs = await otherPrime.PutAsJsonAsync(url, new { unavailableSlots = Array.Empty<string>(), desksAtOnce = 1, ownTables = new[] { "ASE-1" } }, Ct);
        var supplierDesk = await (await factory.SignedInAsync(w.Supplier.Email)).PutAsJsonAsync(url, new { desksAtOnce = 1, ownTables = new[] { "T01" } }, Ct);

        Assert.Equal(HttpStatusCode.OK, mine.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, theirs.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, supplierDesk.StatusCode);
        var stored = await prime.GetFromJsonAsync<System.Text.Json.JsonElement>(url, Ct);
        Assert.Equal("ASE-1", stored.GetProperty("ownTables")[0].GetString());
        Assert.Equal("D1-04", stored.GetProperty("unavailableSlots")[0].GetString());
    }
}
