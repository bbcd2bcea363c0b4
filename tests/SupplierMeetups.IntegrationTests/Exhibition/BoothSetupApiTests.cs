using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SupplierMeetups.IntegrationTests.Infrastructure;
using SupplierMeetups.Web.Exhibition.Booths;
using SupplierMeetups.Web.Platform.Persistence;
using SupplierMeetups.Web.Platform.Security;

namespace SupplierMeetups.IntegrationTests.Exhibition;

/// <summary>
/// The organizer's floor plan set-up over the API (issue 18): settings, editing and deleting a booth, the CSV import and
/// the grid; each through the service its page uses, with the page's messages, and each safe to send twice.
/// </summary>
public sealed class BoothSetupApiTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    // ---- floor plan settings

    [Fact]
    public async Task PutSettings_WhenSentTwice_StoresThemOnceAndAHoldUsesTheHoldTime()
    {
        var organizer = await factory.SignedInAsync(PlatformFactory.OrganizerEmail, "en-US");
        var eventId = await ExhibitionArrange.EventAsync(organizer);
        var url = $"/api/v1/events/{eventId}/floor-plan/settings";
        var firm = await ExhibitionArrange.ExhibitorAsync(factory, eventId, "Anadolu Döküm");
        var (boothId, _) = await ExhibitionArrange.BoothAsync(organizer, eventId, "A-01", 0);

        var before = await (await organizer.GetAsync(url, Ct)).JsonAsync();
        var first = await organizer.PutAsJsonAsync(url, new { allowSeveralBoothsPerFirm = true, holdHours = 6 }, Ct);
        var second = await organizer.PutAsJsonAsync(url, new { allowSeveralBoothsPerFirm = true, holdHours = 6 }, Ct);
        var after = await (await organizer.GetAsync(url, Ct)).JsonAsync();
        var held = await (await organizer.PutAsJsonAsync($"/api/v1/events/{eventId}/booths/{boothId}/assignment", new { firmId = firm, hold = true }, Ct)).JsonAsync();

        Assert.Equal(48, before.GetProperty("holdHours").GetInt32());
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal(6, after.GetProperty("holdHours").GetInt32());
        Assert.True(after.GetProperty("allowSeveralBoothsPerFirm").GetBoolean());
        var heldUntil = held.GetProperty("heldUntil").GetDateTimeOffset();
        Assert.InRange(heldUntil, DateTimeOffset.UtcNow.AddHours(5.9), DateTimeOffset.UtcNow.AddHours(6.1));
        await using var scope = factory.Services.CreateAsyncScope();
        Assert.Equal(1, await scope.ServiceProvider.GetRequiredService<AppDbContext>().Set<ExhibitionSettings>().CountAsync(s => s.EventId == eventId, Ct));
    }

    [Fact]
    public async Task PutSettings_WhenTheEventIsUnknownOrTheHoldTimeOutOfRange_IsRefused()
    {
        var organizer = await factory.SignedInAsync(PlatformFactory.OrganizerEmail, "en-US");
        var eventId = await ExhibitionArrange.EventAsync(organizer);

        var unknown = await organizer.PutAsJsonAsync($"/api/v1/events/{Guid.NewGuid()}/floor-plan/settings", new { allowSeveralBoothsPerFirm = false, holdHours = 6 }, Ct);
        var tooLong = await organizer.PutAsJsonAsync($"/api/v1/events/{eventId}/floor-plan/settings", new { allowSeveralBoothsPerFirm = false, holdHours = 721 }, Ct);
        var stored = await (await organizer.GetAsync($"/api/v1/events/{eventId}/floor-plan/settings", Ct)).JsonAsync();

        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal("There is no such event.", (await unknown.JsonAsync()).GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, tooLong.StatusCode);
        Assert.True((await tooLong.JsonAsync()).GetProperty("errors").TryGetProperty("holdHours", out _));
        Assert.Equal(48, stored.GetProperty("holdHours").GetInt32());
    }

    // ---- editing and deleting a booth

    [Fact]
    public async Task PutBooth_WhenSentTwiceWithTheVersionRead_ChangesTheBoothOnce()
    {
        var organizer = await factory.SignedInAsync(PlatformFactory.OrganizerEmail, "en-US");
        var eventId = await ExhibitionArrange.EventAsync(organizer);
        var (boothId, version) = await ExhibitionArrange.BoothAsync(organizer, eventId, "A-01", 0);
        var change = new { hall = "Salon 2", code = "B-01", x = 10, y = 4, width = 4, depth = 3, type = "Corner", price = 36000, restriction = "None", version };
        var url = $"/api/v1/events/{eventId}/booths/{boothId}";

        var first = await organizer.PutAsJsonAsync(url, change, Ct);
        var second = await organizer.PutAsJsonAsync(url, change, Ct);
        var listed = await organizer.GetFromJsonAsync<JsonElement>($"/api/v1/events/{eventId}/booths", Ct);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        var booth = Assert.Single(listed.EnumerateArray());
        Assert.Equal(boothId, booth.GetProperty("id").GetGuid());
        Assert.Equal(("B-01", "Salon 2", "Corner", 12m), (booth.GetProperty("code").GetString(), booth.GetProperty("hall").GetString(), booth.GetProperty("type").GetString(), booth.GetProperty("area").GetDecimal()));
        Assert.NotEqual(version, booth.GetProperty("version").GetGuid());
        Assert.Equal(booth.GetProperty("version").GetGuid(), (await second.JsonAsync()).GetProperty("version").GetGuid());
    }

    [Fact]
    public async Task PutBooth_WhenStaleOrReservingAHeldBoothOrUnknown_AnswersThePagesMessages()
    {
        var organizer = await factory.SignedInAsync(PlatformFactory.OrganizerEmail, "en-US");
        var eventId = await ExhibitionArrange.EventAsync(organizer);
        var firm = await ExhibitionArrange.ExhibitorAsync(factory, eventId, "Anadolu Döküm");
        var (boothId, version) = await ExhibitionArrange.BoothAsync(organizer, eventId, "A-01", 0);
        var url = $"/api/v1/events/{eventId}/booths/{boothId}";
        (await organizer.PutAsJsonAsync(url, new { hall = "Salon 1", code = "A-01", x = 0, y = 0, width = 3, depth = 3, price = 1, version }, Ct)).EnsureSuccessStatusCode();
        var held = await (await organizer.PutAsJsonAsync($"{url}/assignment", new { firmId = firm, hold = true }, Ct)).JsonAsync();

        var stale = await organizer.PutAsJsonAsync(url, new { hall = "Salon 1", code = "A-01", x = 0, y = 0, width = 3, depth = 3, price = 2, version }, Ct);
        var reserve = await organizer.PutAsJsonAsync(url, new { hall = "Salon 1", code = "A-01", x = 0, y = 0, width = 3, depth = 3, price = 1, restriction = "Reserved", version = held.GetProperty("version").GetGuid() }, Ct);
        var unknown = await organizer.PutAsJsonAsync($"/api/v1/events/{eventId}/booths/{Guid.NewGuid()}", new { hall = "Salon 1", code = "Z-01", x = 50, y = 50, width = 3, depth = 3 }, Ct);

        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Contains("Someone else changed booth A-01 after you opened it. Reload it and apply your change again.", await stale.Content.ReadAsStringAsync(Ct));
        Assert.Equal(HttpStatusCode.BadRequest, reserve.StatusCode);
        Assert.Contains("A-01 is held by a firm: release it before you block or reserve it.", await reserve.Content.ReadAsStringAsync(Ct));
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal("There is no such booth.", (await unknown.JsonAsync()).GetProperty("detail").GetString());
        var booth = Assert.Single((await organizer.GetFromJsonAsync<JsonElement>($"/api/v1/events/{eventId}/booths", Ct)).EnumerateArray());
        Assert.Equal((1m, "Held"), (booth.GetProperty("price").GetDecimal(), booth.GetProperty("status").GetString()));
    }

    [Fact]
    public async Task DeleteBooth_WhenFree_RemovesItAndASecondDeleteAnswers404()
    {
        var organizer = await factory.SignedInAsync(PlatformFactory.OrganizerEmail, "en-US");
        var eventId = await ExhibitionArrange.EventAsync(organizer);
        var (boothId, _) = await ExhibitionArrange.BoothAsync(organizer, eventId, "A-01", 0);
        await ExhibitionArrange.BoothAsync(organizer, eventId, "A-02", 3);

        var first = await organizer.DeleteAsync($"/api/v1/events/{eventId}/booths/{boothId}", Ct);
        var second = await organizer.DeleteAsync($"/api/v1/events/{eventId}/booths/{boothId}", Ct);
        var listed = await organizer.GetFromJsonAsync<JsonElement>($"/api/v1/events/{eventId}/booths", Ct);

        Assert.Equal(HttpStatusCode.NoContent, first.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, second.StatusCode);
        Assert.Equal("There is no such booth.", (await second.JsonAsync()).GetProperty("detail").GetString());
        Assert.Equal(["A-02"], listed.EnumerateArray().Select(b => b.GetProperty("code").GetString()));
    }

    [Fact]
    public async Task DeleteBooth_WhenAFirmHoldsIt_Answers409WithThePagesMessageAndKeepsIt()
    {
        var organizer = await factory.SignedInAsync(PlatformFactory.OrganizerEmail, "en-US");
        var eventId = await ExhibitionArrange.EventAsync(organizer);
        var firm = await ExhibitionArrange.ExhibitorAsync(factory, eventId, "Anadolu Döküm");
        var (boothId, _) = await ExhibitionArrange.BoothAsync(organizer, eventId, "A-01", 0);
        (await organizer.PutAsJsonAsync($"/api/v1/events/{eventId}/booths/{boothId}/assignment", new { firmId = firm }, Ct)).EnsureSuccessStatusCode();

        var response = await organizer.DeleteAsync($"/api/v1/events/{eventId}/booths/{boothId}", Ct);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("A-01 is held by a firm: release it before you delete it.", (await response.JsonAsync()).GetProperty("detail").GetString());
        var booth = Assert.Single((await organizer.GetFromJsonAsync<JsonElement>($"/api/v1/events/{eventId}/booths", Ct)).EnumerateArray());
        Assert.Equal("Assigned", booth.GetProperty("status").GetString());
    }

    // ---- CSV import

    [Fact]
    public async Task Import_WhenSentTwice_CreatesEachBoothOnceAndTheSecondUpdatesThem()
    {
        var organizer = await factory.SignedInAsync(PlatformFactory.OrganizerEmail, "en-US");
        var eventId = await ExhibitionArrange.EventAsync(organizer);
        const string csv = "code;hall;x;y;width;depth;type;price\nA-01;Salon 1;0;0;3;3;sıra;27000\nA-02;Salon 1;3;0;3;3;köşe;28500,50\n";

        var first = await organizer.PostAsync($"/api/v1/events/{eventId}/booths/import", Csv(csv), Ct);
        var firstJson = await first.JsonAsync();
        var second = await organizer.PostAsync($"/api/v1/events/{eventId}/booths/import", Csv(csv), Ct);
        var listed = await organizer.GetFromJsonAsync<JsonElement>($"/api/v1/events/{eventId}/booths", Ct);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(2, firstJson.GetProperty("imported").GetInt32());
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal(2, (await second.JsonAsync()).GetProperty("imported").GetInt32());
        Assert.Equal(2, listed.GetArrayLength());
        var corner = listed.EnumerateArray().Single(b => b.GetProperty("code").GetString() == "A-02");
        Assert.Equal(("Corner", 28500.50m), (corner.GetProperty("type").GetString(), corner.GetProperty("price").GetDecimal()));
        Assert.Equal(firstJson.GetProperty("booths").EnumerateArray().Select(b => b.GetProperty("id").GetGuid()).Order(),
            listed.EnumerateArray().Select(b => b.GetProperty("id").GetGuid()).Order());
    }

    [Fact]
    public async Task Import_WhenARowIsBad_AnswersAProblemNamingTheLineAndWritesNothing()
    {
        var organizer = await factory.SignedInAsync(PlatformFactory.OrganizerEmail, "en-US");
        var eventId = await ExhibitionArrange.EventAsync(organizer);
        const string csv = "A-01;Salon 1;0;0;3;3;inline;27000\nA-02;Salon 1;3;0;3;3;round;100\nA-03;Salon 9;6;0;3;3;inline;100\n";

        var badLine = await organizer.PostAsync($"/api/v1/events/{eventId}/booths/import", Csv(csv), Ct);
        var unknownHall = await organizer.PostAsync($"/api/v1/events/{eventId}/booths/import", Csv("A-01;Salon 1;0;0;3;3;inline;1\nA-03;Salon 9;6;0;3;3;inline;1"), Ct);
        var noFile = await organizer.PostAsync($"/api/v1/events/{eventId}/booths/import", new MultipartFormDataContent { { new StringContent("x"), "other" } }, Ct);
        var listed = await organizer.GetFromJsonAsync<JsonElement>($"/api/v1/events/{eventId}/booths", Ct);

        Assert.Equal(HttpStatusCode.BadRequest, badLine.StatusCode);
        Assert.Equal("application/problem+json", badLine.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Line 2: a number or the booth type cannot be read.", await badLine.Content.ReadAsStringAsync(Ct));
        Assert.Equal(HttpStatusCode.BadRequest, unknownHall.StatusCode);
        Assert.Contains("A-03: the event has no hall named Salon 9.", await unknownHall.Content.ReadAsStringAsync(Ct));
        Assert.Equal(HttpStatusCode.BadRequest, noFile.StatusCode);
        Assert.Equal(0, listed.GetArrayLength());
    }

    // ---- grid

    [Fact]
    public async Task Grid_WhenSentTwice_CreatesTheBoothsOnceAndTheSecondAnswersThem()
    {
        var organizer = await factory.SignedInAsync(PlatformFactory.OrganizerEmail, "en-US");
        var eventId = await ExhibitionArrange.EventAsync(organizer);
        var grid = new { hall = "Salon 2", prefix = "C", rows = 2, columns = 3, width = 3, depth = 3, aisle = 3, columnsPerBlock = 3, originX = 2, originY = 2, pricePerSquareMetre = 1000 };

        var first = await organizer.PostAsJsonAsync($"/api/v1/events/{eventId}/booths/grid", grid, Ct);
        var firstJson = await first.JsonAsync();
        var second = await organizer.PostAsJsonAsync($"/api/v1/events/{eventId}/booths/grid", grid, Ct);
        var secondJson = await second.JsonAsync();
        var listed = await organizer.GetFromJsonAsync<JsonElement>($"/api/v1/events/{eventId}/booths", Ct);

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(["C-01", "C-02", "C-03", "C-04", "C-05", "C-06"], firstJson.EnumerateArray().Select(b => b.GetProperty("code").GetString()));
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal(firstJson.EnumerateArray().Select(b => b.GetProperty("id").GetGuid()), secondJson.EnumerateArray().Select(b => b.GetProperty("id").GetGuid()));
        Assert.Equal(6, listed.GetArrayLength());
        Assert.All(listed.EnumerateArray(), b => Assert.Equal(9000m, b.GetProperty("price").GetDecimal()));
    }

    [Fact]
    public async Task Grid_WhenItsCodesAreTakenByOtherBooths_AnswersThePagesMessageAndCreatesNothing()
    {
        var organizer = await factory.SignedInAsync(PlatformFactory.OrganizerEmail, "en-US");
        var eventId = await ExhibitionArrange.EventAsync(organizer);
        await ExhibitionArrange.BoothAsync(organizer, eventId, "C-01", 500, 500);

        var response = await organizer.PostAsJsonAsync($"/api/v1/events/{eventId}/booths/grid",
            new { hall = "Salon 1", prefix = "C", rows = 1, columns = 2, columnsPerBlock = 2 }, Ct);
        var unknown = await organizer.PostAsJsonAsync($"/api/v1/events/{Guid.NewGuid()}/booths/grid", new { hall = "Salon 1", prefix = "C", rows = 1, columns = 2 }, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("The booth code C-01 exists already.", await response.Content.ReadAsStringAsync(Ct));
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal("There is no such event.", (await unknown.JsonAsync()).GetProperty("detail").GetString());
        Assert.Single((await organizer.GetFromJsonAsync<JsonElement>($"/api/v1/events/{eventId}/booths", Ct)).EnumerateArray());
    }

    // ---- who may

    [Fact]
    public async Task SetupOperations_WhenAnonymous_Answer401()
    {
        var responses = await SendAllAsync(factory.Anonymous(), Guid.NewGuid());

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Unauthorized, r.StatusCode));
    }

    [Theory]
    [InlineData(Roles.Prime)]
    [InlineData(Roles.Supplier)]
    [InlineData(Roles.Visitor)]
    [InlineData(Roles.Staff)]
    public async Task SetupOperations_WhenNotOrganizer_Answer403(string role)
    {
        var organizer = await factory.SignedInAsync(PlatformFactory.OrganizerEmail);
        var eventId = await ExhibitionArrange.EventAsync(organizer);
        var client = await factory.SignedInAsync(await factory.CreateUserAsync(role));

        var responses = await SendAllAsync(client, eventId);

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Forbidden, r.StatusCode));
    }

    private static async Task<HttpResponseMessage[]> SendAllAsync(HttpClient client, Guid eventId)
    {
        var booth = $"/api/v1/events/{eventId}/booths/{Guid.NewGuid()}";
        return
        [
            await client.GetAsync($"/api/v1/events/{eventId}/floor-plan/settings", Ct),
            await client.PutAsJsonAsync($"/api/v1/events/{eventId}/floor-plan/settings", new { allowSeveralBoothsPerFirm = false, holdHours = 6 }, Ct),
            await client.PutAsJsonAsync(booth, new { hall = "Salon 1", code = "A-01" }, Ct),
            await client.DeleteAsync(booth, Ct),
            await client.PostAsync($"/api/v1/events/{eventId}/booths/import", Csv("A-01;Salon 1;0;0;3;3;inline;1"), Ct),
            await client.PostAsJsonAsync($"/api/v1/events/{eventId}/booths/grid", new { hall = "Salon 1", prefix = "A" }, Ct),
        ];
    }

    private static MultipartFormDataContent Csv(string text)
    {
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(text));
        file.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("text/csv");
        return new MultipartFormDataContent { { file, "file", "booths.csv" } };
    }
}
