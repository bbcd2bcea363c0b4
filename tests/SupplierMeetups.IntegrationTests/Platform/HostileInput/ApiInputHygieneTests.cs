using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SupplierMeetups.IntegrationTests.Infrastructure;
using SupplierMeetups.IntegrationTests.Registration;
using SupplierMeetups.Web.Events;
using SupplierMeetups.Web.Identity;
using SupplierMeetups.Web.Registration;

namespace SupplierMeetups.IntegrationTests.Platform.HostileInput;

public sealed class ApiInputHygieneTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static Dictionary<string, object?> Event(string nameTr = "Kayseri Buluşması", string? description = null, object? halls = null) => new()
    {
        ["nameTr"] = nameTr,
        ["nameEn"] = "Kayseri Meetings",
        ["descriptionTr"] = description,
        ["venue"] = "Kayseri Fuar Merkezi",
        ["city"] = "Kayseri",
        ["startDate"] = "2026-04-14",
        ["endDate"] = "2026-04-15",
        ["halls"] = halls ?? new[] { new { name = "Salon A", areaSquareMetres = 1200 } },
    };

    private static async Task<JsonElement> ErrorsAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return (await response.JsonAsync()).GetProperty("errors");
    }

    [Fact]
    public async Task CreateEvent_WhenInvalid_AnswersProblemJsonContentType()
    {
        var client = await factory.SignedInAsync(PlatformFactory.OrganizerEmail);

        var response = await client.PostAsJsonAsync("/api/v1/events", new { nameTr = "" }, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task GetEvent_WhenUnknown_AnswersProblemJsonContentType()
    {
        var client = await factory.SignedInAsync(PlatformFactory.OrganizerEmail);

        var response = await client.GetAsync($"/api/v1/events/{Guid.NewGuid()}", Ct);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task CreateEvent_WhenNameHoldsNul_RefusesInTurkishAtTheFieldAndStoresNothing()
    {
        var client = await factory.SignedInAsync(PlatformFactory.OrganizerEmail, "tr-TR");
        var before = await factory.WithDbAsync(db => db.Set<Event>().CountAsync(Ct));

        var response = await client.PostAsJsonAsync("/api/v1/events", Event("Kayseri\0Buluşması"), Ct);

        var errors = await ErrorsAsync(response);
        Assert.Equal("Ad (Türkçe) satır sonu gibi denetim karakterleri içeremez.", errors.GetProperty("nameTr")[0].GetString());
        Assert.Equal(before, await factory.WithDbAsync(db => db.Set<Event>().CountAsync(Ct)));
    }

    [Fact]
    public async Task CreateEvent_WhenDescriptionHasLineBreaks_StoresThemButRefusesNul()
    {
        var client = await factory.SignedInAsync(PlatformFactory.OrganizerEmail, "en-US");

        var withLines = await client.PostAsJsonAsync("/api/v1/events", Event("Satırlı Etkinlik", "Birinci satır\r\nİkinci satır\tsekme"), Ct);
        var withNul = await client.PostAsJsonAsync("/api/v1/events", Event("NUL Etkinlik", "Birinci\0satır"), Ct);

        Assert.Equal(HttpStatusCode.Created, withLines.StatusCode);
        Assert.Equal("Description (Turkish) must not contain control characters.", (await ErrorsAsync(withNul)).GetProperty("descriptionTr")[0].GetString());
    }

    [Fact]
    public async Task CreateEvent_WhenHallsHoldNullOrHugeArea_NamesTheEntry()
    {
        var client = await factory.SignedInAsync(PlatformFactory.OrganizerEmail, "en-US");

        var withNull = await client.PostAsJsonAsync("/api/v1/events", Event(halls: new object?[] { new { name = "Salon A" }, null }), Ct);
        var huge = await client.PostAsJsonAsync("/api/v1/events", Event(halls: new[] { new { name = "Salon A", areaSquareMetres = 2147483648m } }), Ct);

        Assert.Equal("This entry must not be empty.", (await ErrorsAsync(withNull)).GetProperty("halls[1]")[0].GetString());
        Assert.True((await ErrorsAsync(huge)).TryGetProperty("halls[0].areaSquareMetres", out _));
    }

    [Fact]
    public async Task CreateBooth_WhenCoordinatesAndPriceAreHuge_AnswersRangeErrors()
    {
        var client = await factory.SignedInAsync(PlatformFactory.OrganizerEmail, "en-US");
        var eventId = await factory.CreateEventAsync();

        var response = await client.PostAsJsonAsync($"/api/v1/events/{eventId}/booths",
            new { hall = "Salon 1", code = "A-01", x = 2147483648m, y = 1e15m, width = 3, depth = 3, type = "Inline", price = 99999999999m }, Ct);

        var errors = await ErrorsAsync(response);
        Assert.Equal("X (m) must be between 0 and 1000.", errors.GetProperty("x")[0].GetString());
        Assert.True(errors.TryGetProperty("y", out _));
        Assert.True(errors.TryGetProperty("price", out _));
    }

    [Fact]
    public async Task RegisterFirm_WhenShortNameHasLineBreakOrCapabilitiesHoldNull_RefusesAndCreatesNothing()
    {
        var eventId = await factory.SeedEventAsync();
        var client = factory.Anonymous("en-US");
        var email = $"crlf-{Guid.NewGuid():N}@test.local";
        var crlf = RegistrationScenario.FirmJson(RegistrationScenario.NewTaxNumber(), email, shortName: "Demir\r\nBcc: victim@example.com");
        var nulls = RegistrationScenario.FirmJson(RegistrationScenario.NewTaxNumber(), email);
        nulls["capabilities"] = new[] { "electronics", null };

        var first = await client.PostAsJsonAsync($"/api/v1/events/{eventId}/firms", crlf, Ct);
        var second = await client.PostAsJsonAsync($"/api/v1/events/{eventId}/firms", nulls, Ct);

        Assert.Equal("Short name must not contain control characters such as line breaks.", (await ErrorsAsync(first)).GetProperty("shortName")[0].GetString());
        Assert.Equal("This entry must not be empty.", (await ErrorsAsync(second)).GetProperty("capabilities[1]")[0].GetString());
        Assert.False(await factory.WithDbAsync(db => db.Set<AppUser>().AnyAsync(u => u.Email == email, Ct)));
        Assert.False(await factory.WithDbAsync(db => db.Set<Participation>().AnyAsync(p => p.EventId == eventId, Ct)));
    }

    [Fact]
    public async Task ListFirms_WhenQueryHoldsNul_AnswersProblem400NamingTheParameter()
    {
        var client = await factory.SignedInAsync(PlatformFactory.OrganizerEmail, "en-US");
        var eventId = await factory.SeedEventAsync();

        var response = await client.GetAsync($"/api/v1/events/{eventId}/firms?q=a%00b", Ct);

        Assert.True((await ErrorsAsync(response)).TryGetProperty("q", out _));
    }

    [Fact]
    public async Task MalformedJson_WhenPosted_AnswersProblemJson()
    {
        var client = await factory.SignedInAsync(PlatformFactory.OrganizerEmail);

        var response = await client.PostAsync("/api/v1/events", new StringContent("{\"nameTr\": ", Encoding.UTF8, "application/json"), Ct);

        await ErrorsAsync(response);
    }

    [Fact]
    public async Task ConfirmEmailApi_WhenUserIdIsNoGuid_AnswersProblem400()
    {
        var response = await factory.Anonymous("en-US").PostAsJsonAsync("/api/v1/auth/confirm-email", new { userId = "not-a-guid", code = "abc" }, Ct);

        await ErrorsAsync(response);
    }

    [Fact]
    public async Task ConfirmEmailPage_WhenUserIdIsNoGuid_ShowsAPageInsteadOfAServerError()
    {
        var client = factory.Anonymous();
        client.DefaultRequestHeaders.Accept.ParseAdd("text/html");

        var response = await client.GetAsync("/account/confirm-email?userId=not-a-guid&code=abc", Ct);

        Assert.True((int)response.StatusCode < 500, $"answered {(int)response.StatusCode}");
    }
}
