using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using SupplierMeetups.IntegrationTests.Infrastructure;
using SupplierMeetups.Web.Platform.Audit;
using SupplierMeetups.Web.Platform.Email;
using SupplierMeetups.Web.Platform.Security;
using SupplierMeetups.Web.Registration;
using SupplierMeetups.Web.Registration.Consent;

namespace SupplierMeetups.IntegrationTests.Registration;

/// <summary>
/// The organizers' registration set-up over the API (issue 18): the notice, the people limits, the visitor settings, the
/// prime invitation and the merge of duplicates, each with the page's service, rules and messages.
/// </summary>
public sealed class OrganizerSetupApiTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private Task<HttpClient> OrganizerAsync() => factory.SignedInAsync(PlatformFactory.OrganizerEmail);

    private async Task<HttpClient> SupplierAsync() => await factory.SignedInAsync(await factory.CreateUserAsync(Roles.Supplier));

    private static async Task<string?> FieldErrorAsync(HttpResponseMessage response, string field) =>
        (await response.JsonAsync()).GetProperty("errors").GetProperty(field)[0].GetString();

    // ---- personal data notice ----

    [Fact]
    public async Task PutConsent_AsOrganizer_AddsOneVersionPerChangedLanguageAndTheSameTextAgainAddsNone()
    {
        var eventId = await factory.SeedEventAsync();
        var organizer = await OrganizerAsync();
        var url = $"/api/v1/events/{eventId}/consent";
        var body = new { textTr = "Yeni KVKK metni: İŞBİR örneği.", textEn = "New notice: the Büyükeğen example." };

        var put = await organizer.PutAsJsonAsync(url, body, Ct);
        var again = await organizer.PutAsJsonAsync(url, body, Ct);
        var english = await (await factory.Anonymous().GetAsync($"{url}?language=en", Ct)).JsonAsync();
        var versions = await (await organizer.GetAsync($"{url}/versions", Ct)).JsonAsync();

        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        var current = await again.JsonAsync();
        Assert.Equal(["tr", "en"], current.EnumerateArray().Select(t => t.GetProperty("language").GetString()));
        Assert.Equal("Yeni KVKK metni: İŞBİR örneği.", current[0].GetProperty("text").GetString());
        Assert.Equal(("New notice: the Büyükeğen example.", 2), (english.GetProperty("text").GetString(), english.GetProperty("version").GetInt32()));
        // The defaults (version 1) stored as proof, and one revision per language: the repeated PUT added nothing.
        Assert.Equal(4, versions.GetArrayLength());
    }

    [Fact]
    public async Task PutConsent_WhenSentFourTimesAtOnce_AnswersEachAndAddsOneVersionPerLanguage()
    {
        var eventId = await factory.SeedEventAsync();
        var organizer = await OrganizerAsync();
        var url = $"/api/v1/events/{eventId}/consent";
        (await organizer.GetAsync($"/api/v1/events/{eventId}/consent?language=tr", Ct)).EnsureSuccessStatusCode();

        var answers = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ =>
            organizer.PutAsJsonAsync(url, new { textTr = "Aynı anda gönderilen metin.", textEn = "Sent at once." }, Ct)));

        Assert.All(answers, a => Assert.Equal(HttpStatusCode.OK, a.StatusCode));
        var versions = await factory.WithDbAsync(db => db.Set<ConsentText>().Where(t => t.EventId == eventId).Select(t => t.Version).ToListAsync(Ct));
        Assert.Equal([1, 1, 2, 2], versions.Order());
    }

    [Fact]
    public async Task PutConsent_WhenTurkishTextEmpty_AnswersThePagesMessageInTurkish()
    {
        var eventId = await factory.SeedEventAsync();
        var response = await (await OrganizerAsync()).PutAsJsonAsync($"/api/v1/events/{eventId}/consent", new { textTr = "", textEn = "Notice" }, Ct);
        var page = await (await factory.SignedInPagesAsync(PlatformFactory.OrganizerEmail)).PostFormAsync($"/organizer/events/{eventId}/consent", new() { ["TextTr"] = "", ["TextEn"] = "Notice" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var message = await FieldErrorAsync(response, "textTr");
        Assert.Equal("Metin (Türkçe) zorunludur.", message);
        Assert.Equal(message, (await page.HtmlAsync()).QuerySelector("[data-valmsg-for=TextTr]")!.TextContent.Trim());
        Assert.Equal(0, await factory.WithDbAsync(db => db.Set<ConsentText>().CountAsync(t => t.EventId == eventId, Ct)));
    }

    // ---- people limits ----

    [Fact]
    public async Task PutPeopleLimits_AsOrganizer_SavesWhatGetAndThePageShow()
    {
        var eventId = await factory.SeedEventAsync();
        var organizer = await OrganizerAsync();
        var url = $"/api/v1/events/{eventId}/people-limits";

        var defaults = await (await organizer.GetAsync(url, Ct)).JsonAsync();
        var put = await organizer.PutAsJsonAsync(url, new { exhibitor = 5, supplier = 3, prime = 8 }, Ct);
        var again = await organizer.PutAsJsonAsync(url, new { exhibitor = 5, supplier = 3, prime = 8 }, Ct);
        var shown = await (await organizer.GetAsync(url, Ct)).JsonAsync();
        var page = await (await (await factory.SignedInPagesAsync(PlatformFactory.OrganizerEmail)).GetAsync($"/organizer/events/{eventId}/people-limits", Ct)).HtmlAsync();

        Assert.Equal((4, 2, 6), (defaults.GetProperty("exhibitor").GetInt32(), defaults.GetProperty("supplier").GetInt32(), defaults.GetProperty("prime").GetInt32()));
        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (put.StatusCode, again.StatusCode));
        Assert.Equal((5, 3, 8), (shown.GetProperty("exhibitor").GetInt32(), shown.GetProperty("supplier").GetInt32(), shown.GetProperty("prime").GetInt32()));
        Assert.Equal("3", page.QuerySelector("input[name='Input.Supplier']")!.GetAttribute("value"));
    }

    [Fact]
    public async Task PutPeopleLimits_WhenOutOfRange_AnswersThePagesMessageInTurkishAndSavesNothing()
    {
        var eventId = await factory.SeedEventAsync();
        var organizer = await OrganizerAsync();
        var url = $"/api/v1/events/{eventId}/people-limits";

        var response = await organizer.PutAsJsonAsync(url, new { exhibitor = 5, supplier = 101, prime = 8 }, Ct);
        var page = await (await factory.SignedInPagesAsync(PlatformFactory.OrganizerEmail)).PostFormAsync(
            $"/organizer/events/{eventId}/people-limits", new() { ["Input.Exhibitor"] = "5", ["Input.Supplier"] = "101", ["Input.Prime"] = "8" });
        var unknown = await organizer.PutAsJsonAsync($"/api/v1/events/{Guid.NewGuid()}/people-limits", new { exhibitor = 5, supplier = 3, prime = 8 }, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var message = await FieldErrorAsync(response, "supplier");
        Assert.Equal("Tedarikçi başına temsilci 0 ile 100 arasında olmalıdır.", message);
        Assert.Equal(message, (await page.HtmlAsync()).QuerySelector("[data-valmsg-for='Input.Supplier']")!.TextContent.Trim());
        Assert.Equal(2, (await (await organizer.GetAsync(url, Ct)).JsonAsync()).GetProperty("supplier").GetInt32());
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal("Böyle bir etkinlik yok.", (await unknown.JsonAsync()).GetProperty("detail").GetString());
    }

    // ---- visitor settings ----

    [Fact]
    public async Task PutVisitorSettings_AsOrganizer_SavesWhatGetAndThePageShowAndTheFormAsksForTheNumber()
    {
        var eventId = await factory.SeedEventAsync();
        var organizer = await OrganizerAsync();
        var url = $"/api/v1/events/{eventId}/visitor-settings";

        var before = await (await organizer.GetAsync(url, Ct)).JsonAsync();
        var put = await organizer.PutAsJsonAsync(url, new { requireIdentityNumber = true }, Ct);
        var shown = await (await organizer.GetAsync(url, Ct)).JsonAsync();
        var page = await (await (await factory.SignedInPagesAsync(PlatformFactory.OrganizerEmail)).GetAsync($"/organizer/events/{eventId}/visitor-settings", Ct)).HtmlAsync();

        Assert.False(before.GetProperty("requireIdentityNumber").GetBoolean());
        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        Assert.True(shown.GetProperty("requireIdentityNumber").GetBoolean());
        Assert.True(page.QuerySelector("input[name=RequireIdentityNumber][type=checkbox]")!.HasAttribute("checked"));
    }

    [Fact]
    public async Task PutVisitorSettings_WhenValueMissingOrEventUnknown_AnswersInTurkish()
    {
        var eventId = await factory.SeedEventAsync();
        var organizer = await OrganizerAsync();

        var missing = await organizer.PutAsJsonAsync($"/api/v1/events/{eventId}/visitor-settings", new { }, Ct);
        var unknown = await organizer.PutAsJsonAsync($"/api/v1/events/{Guid.NewGuid()}/visitor-settings", new { requireIdentityNumber = true }, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        Assert.EndsWith("zorunludur.", await FieldErrorAsync(missing, "requireIdentityNumber"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal("Böyle bir etkinlik yok.", (await unknown.JsonAsync()).GetProperty("detail").GetString());
    }

    // ---- inviting a prime ----

    private static Dictionary<string, object?> PrimeJson(string taxNumber, string email) => new()
    {
        ["contactFullName"] = "Selin Aydın",
        ["contactEmail"] = email,
        ["language"] = "tr",
        ["legalName"] = "ROKETSAN Roket Sanayii ve Ticaret A.Ş.",
        ["shortName"] = "ROKETSAN",
        ["country"] = "TR",
        ["taxNumber"] = taxNumber,
        ["city"] = "Ankara",
        ["address"] = "Elmadağ",
        ["employees"] = 4000,
    };

    [Fact]
    public async Task InvitePrime_WhenSentTwice_InvitesOnceAndAnswersTheSameFirm()
    {
        var eventId = await factory.SeedEventAsync();
        var organizer = await OrganizerAsync();
        var vkn = RegistrationScenario.NewTaxNumber();
        var email = $"roketsan-{Guid.NewGuid():N}@test.local";
        var url = $"/api/v1/events/{eventId}/primes";

        var first = await organizer.PostAsJsonAsync(url, PrimeJson(vkn, email), Ct);
        var second = await organizer.PostAsJsonAsync(url, PrimeJson(vkn, email), Ct);

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        var firmId = (await first.JsonAsync()).GetProperty("id").GetGuid();
        Assert.Equal(firmId, (await second.JsonAsync()).GetProperty("id").GetGuid());
        var firm = await (await organizer.GetAsync(first.Headers.Location, Ct)).JsonAsync();
        Assert.Equal("Prime", firm.GetProperty("participation").GetProperty("type").GetString());
        Assert.Equal("Approved", firm.GetProperty("participation").GetProperty("status").GetString());
        var (participations, mails) = await factory.WithDbAsync(async db => (
            await db.Set<Participation>().CountAsync(p => p.EventId == eventId && p.FirmId == firmId, Ct),
            await db.Set<OutgoingEmail>().CountAsync(o => o.ToAddress == email && o.Kind == "prime-invitation", Ct)));
        Assert.Equal((1, 1), (participations, mails));
    }

    [Fact]
    public async Task InvitePrime_WhenSentFourTimesAtOnce_MakesOneFirmAndSendsOneInvitation()
    {
        var eventId = await factory.SeedEventAsync();
        var organizers = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => OrganizerAsync()));
        var vkn = RegistrationScenario.NewTaxNumber();
        var email = $"stm-{Guid.NewGuid():N}@test.local";

        var answers = await Task.WhenAll(organizers.Select(o => o.PostAsJsonAsync($"/api/v1/events/{eventId}/primes", PrimeJson(vkn, email), Ct)));
        var firmIds = await Task.WhenAll(answers.Select(async a => (await a.JsonAsync()).GetProperty("id").GetGuid()));

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.Created], answers.Select(a => a.StatusCode).Order());
        Assert.Single(firmIds.Distinct());
        var (firms, mails) = await factory.WithDbAsync(async db => (
            await db.Set<Firm>().CountAsync(f => f.TaxNumber == vkn, Ct),
            await db.Set<OutgoingEmail>().CountAsync(o => o.ToAddress == email && o.Kind == "prime-invitation", Ct)));
        Assert.Equal((1, 1), (firms, mails));
    }

    [Fact]
    public async Task InvitePrime_WhenTheTaxNumberIsAlreadyRegistered_AnswersThePagesMessageInTurkish()
    {
        var eventId = await factory.SeedEventAsync();
        var (firmId, _) = await factory.RegisterSupplierAsync(eventId);
        var vkn = await factory.WithDbAsync(db => db.Set<Firm>().Where(f => f.Id == firmId).Select(f => f.TaxNumber!).SingleAsync(Ct));

        var response = await (await OrganizerAsync()).PostAsJsonAsync($"/api/v1/events/{eventId}/primes", PrimeJson(vkn, $"p-{Guid.NewGuid():N}@test.local"), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal($"{vkn} vergi numaralı firma bu etkinliğe zaten kayıtlı.", await FieldErrorAsync(response, "taxNumber"));
    }

    // ---- merging duplicates ----

    [Fact]
    public async Task MergeFirms_WhenSentTwice_MergesOnceAndAnswersTheSameMerge()
    {
        var eventId = await factory.SeedEventAsync();
        var otherEvent = await factory.SeedEventAsync();
        var (keepId, _) = await factory.RegisterSupplierAsync(eventId, shortName: "Kalan Makina");
        var (dropId, _) = await factory.RegisterSupplierAsync(otherEvent, shortName: "Kalan Makina Kopya");
        var organizer = await OrganizerAsync();
        var url = $"/api/v1/firms/{keepId}/merge";

        var first = await organizer.PostAsJsonAsync(url, new { duplicateFirmId = dropId }, Ct);
        var second = await organizer.PostAsJsonAsync(url, new { duplicateFirmId = dropId }, Ct);
        var moved = await organizer.GetAsync($"/api/v1/events/{otherEvent}/firms/{keepId}", Ct);

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (first.StatusCode, second.StatusCode));
        Assert.False((await first.JsonAsync()).GetProperty("alreadyMerged").GetBoolean());
        var again = await second.JsonAsync();
        Assert.True(again.GetProperty("alreadyMerged").GetBoolean());
        Assert.Equal((keepId, dropId), (again.GetProperty("firmId").GetGuid(), again.GetProperty("mergedFirmId").GetGuid()));
        Assert.Equal(HttpStatusCode.OK, moved.StatusCode);
        var (dropped, entries) = await factory.WithDbAsync(async db => (
            await db.Set<Firm>().CountAsync(f => f.Id == dropId, Ct),
            await db.Set<AuditEntry>().CountAsync(e => e.Action == AuditActions.FirmsMerged && e.TargetId == keepId.ToString(), Ct)));
        Assert.Equal((0, 1), (dropped, entries));
    }

    [Fact]
    public async Task MergeFirms_WhenSentFourTimesAtOnce_MergesOnceAndAnswersEach()
    {
        var (keepId, _) = await factory.RegisterSupplierAsync(await factory.SeedEventAsync(), shortName: "Eş Zamanlı Makina");
        var (dropId, _) = await factory.RegisterSupplierAsync(await factory.SeedEventAsync(), shortName: "Eş Zamanlı Makina Kopya");
        var organizer = await OrganizerAsync();

        var answers = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ =>
            organizer.PostAsJsonAsync($"/api/v1/firms/{keepId}/merge", new { duplicateFirmId = dropId }, Ct)));

        Assert.All(answers, a => Assert.Equal(HttpStatusCode.OK, a.StatusCode));
        var fresh = 0;
        foreach (var answer in answers)
        {
            fresh += (await answer.JsonAsync()).GetProperty("alreadyMerged").GetBoolean() ? 0 : 1;
        }
        Assert.Equal(1, fresh);
        var entries = await factory.WithDbAsync(db => db.Set<AuditEntry>().CountAsync(e => e.Action == AuditActions.FirmsMerged && e.TargetId == keepId.ToString(), Ct));
        Assert.Equal(1, entries);
    }

    [Fact]
    public async Task MergeFirms_IntoItselfOrWithAnUnknownFirm_AnswersInTurkishAndChangesNothing()
    {
        var (firmId, _) = await factory.RegisterSupplierAsync(await factory.SeedEventAsync());
        var organizer = await OrganizerAsync();

        var itself = await organizer.PostAsJsonAsync($"/api/v1/firms/{firmId}/merge", new { duplicateFirmId = firmId }, Ct);
        var unknown = await organizer.PostAsJsonAsync($"/api/v1/firms/{firmId}/merge", new { duplicateFirmId = Guid.NewGuid() }, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, itself.StatusCode);
        Assert.Equal("Bir firma kendisiyle birleştirilemez.", await FieldErrorAsync(itself, "duplicateFirmId"));
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal("Böyle bir firma yok.", (await unknown.JsonAsync()).GetProperty("detail").GetString());
        Assert.Equal(1, await factory.WithDbAsync(db => db.Set<Firm>().CountAsync(f => f.Id == firmId, Ct)));
    }

    // ---- who may ----

    [Fact]
    public async Task SetUpOperations_WhenAnonymousOrASupplier_Answer401And403()
    {
        var eventId = await factory.SeedEventAsync();
        var (firmId, _) = await factory.RegisterSupplierAsync(eventId);
        var supplier = await SupplierAsync();
        var anonymous = factory.Anonymous();
        var calls = new (string Method, string Url, object? Body)[]
        {
            ("GET", $"/api/v1/events/{eventId}/consent/versions", null),
            ("PUT", $"/api/v1/events/{eventId}/consent", new { textTr = "a", textEn = "b" }),
            ("GET", $"/api/v1/events/{eventId}/people-limits", null),
            ("PUT", $"/api/v1/events/{eventId}/people-limits", new { exhibitor = 9, supplier = 9, prime = 9 }),
            ("GET", $"/api/v1/events/{eventId}/visitor-settings", null),
            ("PUT", $"/api/v1/events/{eventId}/visitor-settings", new { requireIdentityNumber = true }),
            ("POST", $"/api/v1/events/{eventId}/primes", PrimeJson(RegistrationScenario.NewTaxNumber(), $"p-{Guid.NewGuid():N}@test.local")),
            ("POST", $"/api/v1/firms/{firmId}/merge", new { duplicateFirmId = Guid.NewGuid() }),
        };

        foreach (var (method, url, body) in calls)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await SendAsync(anonymous, method, url, body)).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await SendAsync(supplier, method, url, body)).StatusCode);
        }
        var limits = await (await (await OrganizerAsync()).GetAsync($"/api/v1/events/{eventId}/people-limits", Ct)).JsonAsync();
        Assert.Equal(2, limits.GetProperty("supplier").GetInt32());
    }

    private static Task<HttpResponseMessage> SendAsync(HttpClient client, string method, string url, object? body) =>
        client.SendAsync(new HttpRequestMessage(new HttpMethod(method), url) { Content = body is null ? null : JsonContent.Create(body) }, Ct);
}
