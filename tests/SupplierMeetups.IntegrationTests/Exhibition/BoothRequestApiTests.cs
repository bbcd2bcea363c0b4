using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using SupplierMeetups.IntegrationTests.Infrastructure;
using SupplierMeetups.IntegrationTests.Registration;
using SupplierMeetups.Web.Platform.Security;

namespace SupplierMeetups.IntegrationTests.Exhibition;

/// <summary>The booth request over the API: the page's rules and messages, and the booth it got in the firm's answer.</summary>
public sealed class BoothRequestApiTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task PutBoothRequest_AsApprovedExhibitor_SavesWhatThePageShowsAndWithdrawRemovesIt()
    {
        var organizer = await factory.SignedInAsync(PlatformFactory.OrganizerEmail);
        var eventId = await ExhibitionArrange.EventAsync(organizer);
        var contact = $"stant-{Guid.NewGuid():N}@test.local";
        var firmId = await ExhibitionArrange.ExhibitorAsync(factory, eventId, "İŞBİR Elektrik", contact);
        var neighbour = await ExhibitionArrange.ExhibitorAsync(factory, eventId, "Büyükeğen Makina");
        var client = await factory.SignedInAsync(contact);
        var url = $"/api/v1/events/{eventId}/booth-request";

        var before = await client.GetAsync(url, Ct);
        var put = await client.PutAsJsonAsync(url, new { area = 18, type = "Corner", preferredHall = "Salon 2", near = new[] { neighbour, Guid.NewGuid() } }, Ct);
        var again = await client.PutAsJsonAsync(url, new { area = 18, type = "Corner", preferredHall = "Salon 2", near = new[] { neighbour } }, Ct);
        var shown = await client.GetAsync(url, Ct);
        var page = await (await factory.SignedInPagesAsync(contact)).GetStringAsync($"/events/{eventId}/booth-request", Ct);
        var withdrawn = await client.DeleteAsync(url, Ct);
        var after = await client.GetAsync(url, Ct);

        Assert.Equal(HttpStatusCode.NotFound, before.StatusCode);
        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        var json = await shown.JsonAsync();
        Assert.Equal(18m, json.GetProperty("areaSquareMetres").GetDecimal());
        Assert.Equal("Corner", json.GetProperty("type").GetString());
        Assert.Equal("Salon 2", json.GetProperty("preferredHall").GetString());
        Assert.Equal([neighbour], json.GetProperty("near").EnumerateArray().Select(n => n.GetGuid()));
        Assert.Contains("<option value=\"Salon 2\" selected=\"selected\">", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NoContent, withdrawn.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, after.StatusCode);
        Assert.NotEqual(Guid.Empty, firmId);
    }

    [Fact]
    public async Task PutBoothRequest_WhenSentEightTimesAtOnce_AnswersEachAndKeepsOneRequest()
    {
        var organizer = await factory.SignedInAsync(PlatformFactory.OrganizerEmail);
        var eventId = await ExhibitionArrange.EventAsync(organizer);
        var contact = $"stant-{Guid.NewGuid():N}@test.local";
        var firmId = await ExhibitionArrange.ExhibitorAsync(factory, eventId, "İŞBİR Elektrik", contact);
        var client = await factory.SignedInAsync(contact);

        var answers = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ =>
            client.PutAsJsonAsync($"/api/v1/events/{eventId}/booth-request", new { area = 12 }, Ct)));

        Assert.All(answers, a => Assert.Equal(HttpStatusCode.OK, a.StatusCode));
        var rows = await factory.WithDbAsync(db => db.Set<SupplierMeetups.Web.Exhibition.Booths.BoothRequest>()
            .CountAsync(r => r.EventId == eventId && r.FirmId == firmId, Ct));
        Assert.Equal(1, rows);
    }

    [Fact]
    public async Task PutBoothRequest_WhenHallUnknown_AnswersTheFieldInTurkish()
    {
        var organizer = await factory.SignedInAsync(PlatformFactory.OrganizerEmail);
        var eventId = await ExhibitionArrange.EventAsync(organizer);
        var contact = $"stant-{Guid.NewGuid():N}@test.local";
        await ExhibitionArrange.ExhibitorAsync(factory, eventId, "İŞBİR Elektrik", contact);
        var client = await factory.SignedInAsync(contact);

        var response = await client.PutAsJsonAsync($"/api/v1/events/{eventId}/booth-request", new { area = 9, preferredHall = "Salon 9" }, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("Bu etkinlikte Salon 9 adlı bir salon yok.", (await response.JsonAsync()).GetProperty("errors").GetProperty("preferredHall")[0].GetString());
    }

    [Fact]
    public async Task BoothRequest_WhenNotAnApprovedExhibitorsContact_Answers403AndAnonymous401()
    {
        var organizer = await factory.SignedInAsync(PlatformFactory.OrganizerEmail);
        var eventId = await ExhibitionArrange.EventAsync(organizer);
        var pending = $"stant-{Guid.NewGuid():N}@test.local";
        await ExhibitionArrange.ExhibitorAsync(factory, eventId, "Bekleyen Firma", pending, status: ParticipationStatus.Pending);
        var url = $"/api/v1/events/{eventId}/booth-request";

        var visitor = await (await factory.SignedInAsync(await factory.CreateUserAsync(Roles.Visitor))).PutAsJsonAsync(url, new { area = 9 }, Ct);
        var notApproved = await (await factory.SignedInAsync(pending)).PutAsJsonAsync(url, new { area = 9 }, Ct);
        var anonymous = await factory.Anonymous().GetAsync(url, Ct);

        Assert.Equal(HttpStatusCode.Forbidden, visitor.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, notApproved.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
    }

    [Fact]
    public async Task GetFirm_AfterABoothIsAssigned_ShowsTheBooth()
    {
        var organizer = await factory.SignedInAsync(PlatformFactory.OrganizerEmail);
        var eventId = await ExhibitionArrange.EventAsync(organizer);
        var contact = $"stant-{Guid.NewGuid():N}@test.local";
        var firmId = await ExhibitionArrange.ExhibitorAsync(factory, eventId, "İŞBİR Elektrik", contact);
        var (boothId, version) = await ExhibitionArrange.BoothAsync(organizer, eventId, "A-12", 0);
        var client = await factory.SignedInAsync(contact);
        var firmUrl = $"/api/v1/events/{eventId}/firms/{firmId}";

        var before = await (await client.GetAsync(firmUrl, Ct)).JsonAsync();
        (await organizer.PutAsJsonAsync($"/api/v1/events/{eventId}/booths/{boothId}/assignment", new { firmId, version }, Ct)).EnsureSuccessStatusCode();
        var after = await (await client.GetAsync(firmUrl, Ct)).JsonAsync();

        Assert.Equal(System.Text.Json.JsonValueKind.Null, before.GetProperty("booth").ValueKind);
        var booth = after.GetProperty("booth");
        Assert.Equal("A-12", booth.GetProperty("code").GetString());
        Assert.Equal("Salon 1", booth.GetProperty("hall").GetString());
        Assert.Equal("Assigned", booth.GetProperty("status").GetString());
    }
}
