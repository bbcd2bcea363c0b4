using System.Net;
using System.Text;
using System.Text.Json;
using SupplierMeetups.IntegrationTests.Infrastructure;
using SupplierMeetups.Web.Identity;
using SupplierMeetups.Web.Platform.Security;
using SupplierMeetups.Web.Registration;

namespace SupplierMeetups.IntegrationTests.Registration;

/// <summary>One event with a handful of firms shaped to exercise each filter; seeded once for the class.</summary>
public sealed class DirectoryFixture : PlatformFactory, IAsyncLifetime
{
    public Guid EventId { get; private set; }
    public string PrimeEmail { get; private set; } = "";

    public async ValueTask InitializeAsync()
    {
        EventId = await RegistrationSeed.EventAsync(this);
        PrimeEmail = await CreateUserAsync(Roles.Prime);
        await RegistrationSeed.FirmAsync(this, EventId, "ASELSAN", "Ankara", ParticipationType.Prime, contactEmail: PrimeEmail,
            configure: f => f.Qualifications.MsbApproved = true);
        await RegistrationSeed.FirmAsync(this, EventId, "İŞBİR Elektrik", "Konya", ParticipationType.Exhibitor, configure: f =>
        {
            f.Capabilities = ["cable-harnesses"];
            f.Qualifications.MsbApproved = true;
            f.Qualifications.MsbDocumentNumber = "MSB-4711";
            f.Qualifications.YetenRegistered = true;
            f.Qualifications.Certificates = [new Certificate { Kind = "AQAP-2110", Number = "AQA-1", ValidUntil = new DateOnly(2031, 6, 1) }];
        });
        await RegistrationSeed.FirmAsync(this, EventId, "IŞIK Savunma", "Karaman", configure: f =>
        {
            f.Capabilities = ["machining"];
            f.Qualifications.EydepAssessed = true;
            f.Qualifications.EydepLevel = 3;
            f.Qualifications.Certificates = [new Certificate { Kind = "AQAP-2110", ValidUntil = new DateOnly(2030, 11, 6) }];
        });
        await RegistrationSeed.FirmAsync(this, EventId, "Işık Savunma", "konya", status: ParticipationStatus.Pending, configure: f => f.Capabilities = ["cnc-machining"]);
        await RegistrationSeed.FirmAsync(this, EventId, "Çelik Döküm", "Konya", status: ParticipationStatus.Rejected, configure: f => f.Capabilities = ["casting"]);
        await RegistrationSeed.FirmAsync(this, EventId, "Cem Kablo", "İzmir", configure: f => f.Qualifications.YetenRegistered = true);
        await RegistrationSeed.FirmAsync(this, EventId, "Ilgın Metal", "Konya", configure: f => f.Qualifications.Certificates = [new Certificate { Kind = "ISO 9001", ValidUntil = new DateOnly(2032, 1, 1) }]);
        await RegistrationSeed.QueryAsync(this, async db =>
        {
            db.AddRange(
                new Capability { Code = "cable-harnesses", NameTr = "Kablo demetleri", NameEn = "Cable harnesses" },
                new Capability { Code = "machining", NameTr = "Talaşlı imalat", NameEn = "Machining" },
                new Capability { Code = "cnc-machining", ParentCode = "machining", NameTr = "CNC işleme", NameEn = "CNC machining" });
            return await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        });
    }
}

public sealed class FirmDirectoryTests(DirectoryFixture factory) : IClassFixture<DirectoryFixture>
{
    private async Task<List<string>> NamesAsync(string query, string? email = null)
    {
        var client = await factory.SignedInAsync(email ?? PlatformFactory.OrganizerEmail);
        var response = await client.GetAsync($"/api/v1/events/{factory.EventId}/firms{query}", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.JsonAsync()).GetProperty("items").EnumerateArray().Select(i => i.GetProperty("shortName").GetString()!).ToList();
    }

    [Theory]
    [InlineData("işbir", new[] { "İŞBİR Elektrik" })]
    [InlineData("ISIK", new[] { "Işık Savunma", "IŞIK Savunma" })]
    [InlineData("ışık savunma", new[] { "Işık Savunma", "IŞIK Savunma" })]
    [InlineData("celik", new[] { "Çelik Döküm" })]
    public async Task ListFirms_WhenSearching_IsTurkishAware(string q, string[] expected) =>
        Assert.Equal(expected, await NamesAsync($"?q={Uri.EscapeDataString(q)}"));

    // Letters first (C < Ç, I < İ, l < ş), then lower case before upper case for the same letters (Işık < IŞIK).
    [Fact]
    public async Task ListFirms_WithoutFilters_SortsInTurkishAlphabeticalOrder() =>
        Assert.Equal(["ASELSAN", "Cem Kablo", "Çelik Döküm", "Ilgın Metal", "Işık Savunma", "IŞIK Savunma", "İŞBİR Elektrik"], await NamesAsync(""));

    [Theory]
    [InlineData("?city=KONYA", new[] { "Çelik Döküm", "Ilgın Metal", "Işık Savunma", "İŞBİR Elektrik" })]
    [InlineData("?capability=machining", new[] { "Işık Savunma", "IŞIK Savunma" })]
    [InlineData("?capability=cnc-machining", new[] { "Işık Savunma" })]
    [InlineData("?qualification=AQAP-2110", new[] { "İŞBİR Elektrik" })]
    [InlineData("?qualification=yeten", new[] { "Cem Kablo", "İŞBİR Elektrik" })]
    [InlineData("?qualification=eydep", new[] { "IŞIK Savunma" })]
    [InlineData("?qualification=msb&type=exhibitor", new[] { "İŞBİR Elektrik" })]
    [InlineData("?status=pending", new[] { "Işık Savunma" })]
    [InlineData("?type=Prime", new[] { "ASELSAN" })]
    public async Task ListFirms_WithAFilter_ReturnsTheMatchingFirms(string query, string[] expected) =>
        Assert.Equal(expected, await NamesAsync(query));

    [Fact]
    public async Task ListFirms_WhenStatusUnknown_Answers400InTurkish()
    {
        var client = await factory.SignedInAsync(PlatformFactory.OrganizerEmail);

        var response = await client.GetAsync($"/api/v1/events/{factory.EventId}/firms?status=onayli", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("Durum şunlardan biri olmalıdır: Pending, Approved, Rejected.", (await response.JsonAsync()).GetProperty("errors").GetProperty("status")[0].GetString());
    }

    [Fact]
    public async Task ListSuppliers_AsAParticipatingPrime_ShowsApprovedSuppliersPublicFieldsOnly()
    {
        var client = await factory.SignedInAsync(factory.PrimeEmail);

        var response = await client.GetAsync($"/api/v1/events/{factory.EventId}/suppliers", TestContext.Current.CancellationToken);
        var firms = await client.GetAsync($"/api/v1/events/{factory.EventId}/firms", TestContext.Current.CancellationToken);

        // One shape per operation: the organizers' list is not the primes' one.
        Assert.Equal(HttpStatusCode.Forbidden, firms.StatusCode);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var items = (await response.JsonAsync()).GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(["Cem Kablo", "Ilgın Metal", "IŞIK Savunma", "İŞBİR Elektrik"], items.Select(i => i.GetProperty("shortName").GetString()));
        var isbir = items[^1];
        Assert.False(isbir.TryGetProperty("taxNumber", out _));
        Assert.False(isbir.TryGetProperty("msbDocumentNumber", out _));
        Assert.False(isbir.TryGetProperty("certificates", out _));
        Assert.Equal(["AQAP-2110"], isbir.GetProperty("validCertificates").EnumerateArray().Select(c => c.GetString()));
    }

    [Fact]
    public async Task ListFirms_AsOrganizer_ShowsEveryField()
    {
        var client = await factory.SignedInAsync(PlatformFactory.OrganizerEmail);

        var json = await (await client.GetAsync($"/api/v1/events/{factory.EventId}/firms?q=işbir", TestContext.Current.CancellationToken)).JsonAsync();

        var isbir = Assert.Single(json.GetProperty("items").EnumerateArray());
        Assert.Equal(10, isbir.GetProperty("taxNumber").GetString()!.Length);
        Assert.Equal("MSB-4711", isbir.GetProperty("msbDocumentNumber").GetString());
        Assert.Equal(1, json.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task ListFirms_WithPageSizeAndETag_PagesAndAnswers304WhenUnchanged()
    {
        var client = await factory.SignedInAsync(PlatformFactory.OrganizerEmail);
        var url = $"/api/v1/events/{factory.EventId}/firms?pageSize=2&page=2";

        var first = await client.GetAsync(url, TestContext.Current.CancellationToken);
        var json = await first.JsonAsync();
        var again = new HttpRequestMessage(HttpMethod.Get, url);
        again.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        var notModified = await client.SendAsync(again, TestContext.Current.CancellationToken);
        var tooLarge = await client.GetAsync($"/api/v1/events/{factory.EventId}/firms?pageSize=201", TestContext.Current.CancellationToken);

        Assert.Equal(2, json.GetProperty("pageSize").GetInt32());
        Assert.Equal(2, json.GetProperty("page").GetInt32());
        Assert.Equal(2, json.GetProperty("items").GetArrayLength());
        Assert.True(json.GetProperty("total").GetInt32() > 4);
        Assert.NotNull(first.Headers.ETag);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        Assert.Empty(await notModified.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken));
        Assert.Equal(HttpStatusCode.BadRequest, tooLarge.StatusCode);
    }

    [Fact]
    public async Task ListFirms_WhenAnonymous_Answers401()
    {
        var response = await factory.Anonymous().GetAsync($"/api/v1/events/{factory.EventId}/firms", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [InlineData(Roles.Supplier)]
    [InlineData(Roles.Visitor)]
    [InlineData(Roles.Staff)]
    [InlineData(Roles.Prime)] // a prime that does not take part in this event
    public async Task ListFirms_WhenNeitherOrganizerNorParticipatingPrime_Answers403(string role)
    {
        var client = await factory.SignedInAsync(await factory.CreateUserAsync(role));

        var response = await client.GetAsync($"/api/v1/events/{factory.EventId}/firms", TestContext.Current.CancellationToken);
        var suppliers = await client.GetAsync($"/api/v1/events/{factory.EventId}/suppliers", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, suppliers.StatusCode);
    }

    [Fact]
    public async Task ExportCsv_AsOrganizer_IsUtf8WithBomSemicolonsAndTurkishLetters()
    {
        var client = await factory.SignedInAsync(PlatformFactory.OrganizerEmail);

        var response = await client.GetAsync($"/organizer/events/{factory.EventId}/firms?handler=csv&city=Konya", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken);
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("Kısa ad;Ticari unvan;Vergi kimlik numarası;Şehir;", lines[0], StringComparison.Ordinal);
        Assert.Equal(["Çelik Döküm", "Ilgın Metal", "Işık Savunma", "İŞBİR Elektrik"], lines[1..].Select(l => l.Split(';')[0]));
        var isbir = lines[^1].Split(';');
        Assert.Equal(("İŞBİR Elektrik Sanayi ve Ticaret A.Ş.", "Türkiye", "Stantlı katılımcı", "Onaylandı", "Evet", "AQAP-2110"), (isbir[1], isbir[4], isbir[5], isbir[6], isbir[9], isbir[13]));
        // Capabilities by name in the reader's language; the codes only in their own last column.
        Assert.Equal(("Kablo demetleri", "Yetenek kodları", "cable-harnesses"), (isbir[8], lines[0].Split(';')[^1], isbir[^1]));
    }

    [Fact]
    public async Task DirectoryPage_AsOrganizer_ListsTheFirmsFound()
    {
        var client = await factory.SignedInAsync(PlatformFactory.OrganizerEmail, "en-US");

        var response = await client.GetAsync($"/organizer/events/{factory.EventId}/firms?q=ISIK", TestContext.Current.CancellationToken);

        var html = await response.HtmlAsync();
        Assert.Equal(["Işık Savunma", "IŞIK Savunma"], html.QuerySelectorAll("[data-testid=firms] tbody strong").Select(s => s.TextContent));
        Assert.Equal("2 firms", html.QuerySelector("[data-testid=firm-count]")?.TextContent.Trim());
    }

    [Theory]
    [InlineData(Roles.Prime)]
    [InlineData(Roles.Supplier)]
    public async Task DirectoryPageAndCsv_WhenNotOrganizer_AreForbidden(string role)
    {
        var client = await factory.SignedInAsync(await factory.CreateUserAsync(role));

        var page = await client.GetAsync($"/organizer/events/{factory.EventId}/firms", TestContext.Current.CancellationToken);
        var csv = await client.GetAsync($"/organizer/events/{factory.EventId}/firms?handler=csv", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Forbidden, page.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, csv.StatusCode);
    }

    [Fact]
    public async Task Figures_AsOrganizer_CountPerCityAndInTotal()
    {
        var client = await factory.SignedInAsync(PlatformFactory.OrganizerEmail);

        var figures = await (await client.GetAsync($"/api/v1/events/{factory.EventId}/figures", TestContext.Current.CancellationToken)).JsonAsync();

        var total = figures.GetProperty("total");
        Assert.Equal((1, 2, 1, 1, 3, 1, 0), (Count(total, "msbApprovedSuppliers"), Count(total, "yetenFirms"), Count(total, "eydepFirms"),
            Count(total, "exhibitors"), Count(total, "suppliers"), Count(total, "primes"), Count(total, "visitors")));
        Assert.Equal(1, total.GetProperty("certificatesByKind").GetProperty("AQAP-2110").GetInt32()); // IŞIK's expired before the event ended
        Assert.Equal(1, total.GetProperty("certificatesByKind").GetProperty("ISO 9001").GetInt32());
        var cities = figures.GetProperty("cities").EnumerateArray().ToDictionary(c => c.GetProperty("city").GetString()!);
        Assert.Equal(["Ankara", "İzmir", "Karaman", "Konya"], cities.Keys);
        Assert.Equal((1, 1), (Count(cities["Konya"], "exhibitors"), Count(cities["Konya"], "suppliers")));
        Assert.Equal(1, Count(cities["Karaman"], "eydepFirms"));
        Assert.Equal(JsonValueKind.Null, cities["Konya"].GetProperty("visitors").ValueKind);
    }

    [Fact]
    public async Task FiguresPage_AsOrganizer_ShowsTheTotalLine()
    {
        var client = await factory.SignedInAsync(PlatformFactory.OrganizerEmail);

        var html = await (await client.GetAsync($"/organizer/events/{factory.EventId}/figures", TestContext.Current.CancellationToken)).HtmlAsync();

        Assert.Equal("Tüm şehirler", html.QuerySelector("tr[data-city=''] th")?.TextContent);
        Assert.Equal("0", html.QuerySelector("[data-testid=visitors-total]")?.TextContent);
    }

    [Theory]
    [InlineData(Roles.Prime)]
    [InlineData(Roles.Supplier)]
    [InlineData(Roles.Visitor)]
    public async Task Figures_WhenNotOrganizer_Answers403(string role)
    {
        var client = await factory.SignedInAsync(await factory.CreateUserAsync(role));

        var api = await client.GetAsync($"/api/v1/events/{factory.EventId}/figures", TestContext.Current.CancellationToken);
        var page = await client.GetAsync($"/organizer/events/{factory.EventId}/figures", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Forbidden, api.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, page.StatusCode);
    }

    [Fact]
    public async Task Figures_WhenAnonymous_Answers401()
    {
        var response = await factory.Anonymous().GetAsync($"/api/v1/events/{factory.EventId}/figures", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    private static int Count(JsonElement line, string name) => line.GetProperty(name).GetInt32();
}
