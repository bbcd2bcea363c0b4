using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using SupplierMeetups.IntegrationTests.Infrastructure;

namespace SupplierMeetups.IntegrationTests.Events;

public sealed class EventApiTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    private static object ValidEvent(string name = "Kayseri Savunma Buluşması") => new
    {
        nameTr = name,
        nameEn = "Kayseri Defense Meetings",
        venue = "Kayseri Fuar Merkezi",
        city = "Kayseri",
        startDate = "2026-04-14",
        endDate = "2026-04-15",
        halls = new[] { new { name = "Salon A", areaSquareMetres = 1200 } },
        meetingDays = new[] { new { date = "2026-04-15", start = "10:00", end = "12:00", slotMinutes = 20, breaks = "11:00-11:20" } },
        tables = new[] { new { code = "T01" }, new { code = "T02" } },
    };

    [Fact]
    public async Task CreateEvent_WhenValid_StoresItWithGeneratedSlots()
    {
        var client = await factory.SignedInAsync(PlatformFactory.OrganizerEmail);

        var created = await client.PostAsJsonAsync("/api/v1/events", ValidEvent(), TestContext.Current.CancellationToken);
        var stored = await client.GetFromJsonAsync<JsonElement>(created.Headers.Location, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal("Kayseri Savunma Buluşması", stored.GetProperty("nameTr").GetString());
        var slots = stored.GetProperty("meetingDays")[0].GetProperty("slots").EnumerateArray()
            .Select(s => $"{s.GetProperty("id").GetString()} {s.GetProperty("start").GetString()}").ToList();
        Assert.Equal(["D1-01 10:00:00", "D1-02 10:20:00", "D1-03 10:40:00", "D1-04 11:20:00", "D1-05 11:40:00"], slots);
        Assert.Equal(2, stored.GetProperty("tables").GetArrayLength());
    }

    [Fact]
    public async Task CreateEvent_WhenOptionalListsComeAsNull_ReadsThemAsAbsent()
    {
        var client = await factory.SignedInAsync(PlatformFactory.OrganizerEmail);
        var body = new
        {
            nameTr = "Sivas Tedarikçi Günü", nameEn = "Sivas Supplier Day", venue = "Sivas Fuar Alanı", city = "Sivas",
            startDate = "2026-04-14", endDate = "2026-04-14", halls = (object?)null, meetingDays = (object?)null, tables = (object?)null,
        };

        var created = await client.PostAsJsonAsync("/api/v1/events", body, TestContext.Current.CancellationToken);
        var stored = await client.GetFromJsonAsync<JsonElement>(created.Headers.Location, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal((0, 0, 0), (stored.GetProperty("halls").GetArrayLength(), stored.GetProperty("meetingDays").GetArrayLength(), stored.GetProperty("tables").GetArrayLength()));
    }

    [Fact]
    public async Task CreateEvent_WhenDatesAndDaysInconsistent_AnswersFieldErrorsInTurkishAndSavesNothing()
    {
        var client = await factory.SignedInAsync(PlatformFactory.OrganizerEmail, "tr-TR");
        var countBefore = (await client.GetFromJsonAsync<JsonElement>("/api/v1/events", TestContext.Current.CancellationToken)).GetArrayLength();
        var invalid = new
        {
            nameTr = "Hatalı Etkinlik", nameEn = "X", venue = "V", city = "Konya", startDate = "2026-05-02", endDate = "2026-05-01",
            meetingDays = new[] { new { date = "2026-06-01", start = "10:00", end = "09:00", slotMinutes = 20, breaks = "öğle" } },
        };

        var response = await client.PostAsJsonAsync("/api/v1/events", invalid, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.JsonAsync()).GetProperty("errors");
        Assert.Equal("Bitiş tarihi başlangıç tarihinden önce olamaz.", errors.GetProperty("endDate")[0].GetString());
        var dayErrors = errors.GetProperty("meetingDays[0]").EnumerateArray().Select(e => e.GetString()).ToList();
        Assert.Contains("2026-06-01 görüşme günü etkinlik tarihlerinin dışında.", dayErrors);
        Assert.Contains("Görüşme günü başladıktan sonra bitmelidir.", dayErrors);
        Assert.Contains("Araları 12:00-13:30 biçiminde, virgülle ayırarak yazın.", dayErrors);
        var countAfter = (await client.GetFromJsonAsync<JsonElement>("/api/v1/events", TestContext.Current.CancellationToken)).GetArrayLength();
        Assert.Equal(countBefore, countAfter);
    }

    [Fact]
    public async Task CreateEvent_WhenInvalidInEnglish_AnswersEnglishMessages()
    {
        var client = await factory.SignedInAsync(PlatformFactory.OrganizerEmail, "en-US");

        var response = await client.PostAsJsonAsync("/api/v1/events", new { nameEn = "X" }, TestContext.Current.CancellationToken);

        var errors = (await response.JsonAsync()).GetProperty("errors");
        Assert.Equal("Name (Turkish) is required.", errors.GetProperty("nameTr")[0].GetString());
        Assert.Equal("Venue is required.", errors.GetProperty("venue")[0].GetString());
        Assert.Equal("Start date is required.", errors.GetProperty("startDate")[0].GetString());
    }

    [Fact]
    public async Task UpdateEvent_WhenSomeoneSavedInBetween_Answers409AndKeepsTheirChange()
    {
        var client = await factory.SignedInAsync(PlatformFactory.OrganizerEmail);
        var created = await (await client.PostAsJsonAsync("/api/v1/events", ValidEvent("İlk Ad"), TestContext.Current.CancellationToken)).JsonAsync();
        var id = created.GetProperty("id").GetString();
        var version = created.GetProperty("version").GetString();

        var first = await client.PutAsJsonAsync($"/api/v1/events/{id}", WithNameAndVersion("Birinci Düzenleme", version), TestContext.Current.CancellationToken);
        var second = await client.PutAsJsonAsync($"/api/v1/events/{id}", WithNameAndVersion("İkinci Düzenleme", version), TestContext.Current.CancellationToken);
        var stored = await client.GetFromJsonAsync<JsonElement>($"/api/v1/events/{id}", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Equal("Birinci Düzenleme", stored.GetProperty("nameTr").GetString());
    }

    [Fact]
    public async Task GetEvent_WhenUnknown_Answers404Problem()
    {
        var response = await factory.Anonymous().GetAsync($"/api/v1/events/{Guid.NewGuid()}", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("Böyle bir etkinlik yok.", (await response.JsonAsync()).GetProperty("detail").GetString());
    }

    private static object WithNameAndVersion(string name, string? version) => new
    {
        nameTr = name, nameEn = "Kayseri Defense Meetings", venue = "Kayseri Fuar Merkezi", city = "Kayseri",
        startDate = "2026-04-14", endDate = "2026-04-15", version,
        meetingDays = new[] { new { date = "2026-04-15", start = "10:00", end = "12:00", slotMinutes = 20, breaks = "" } },
    };
}
