using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using SupplierMeetups.IntegrationTests.Infrastructure;
using SupplierMeetups.IntegrationTests.Matchmaking;
using SupplierMeetups.IntegrationTests.Registration;
using SupplierMeetups.UnitTests.Support;

namespace SupplierMeetups.IntegrationTests.Api;

/// <summary>
/// The integrator's journey over the API alone, every answer checked against the OpenAPI document: sign-up,
/// qualification, booth request, approval, meeting request, accept, schedule, agenda PDF, badge.
/// </summary>
public sealed class ApiJourneyTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Journey_OverTheApiOnly_AnswersAsTheDocumentSays()
    {
        var api = await OpenApiContract.LoadAsync(factory);
        var w = await MatchmakingWorld.CreateAsync(factory);
        var e = $"/api/v1/events/{w.EventId}";
        var anonymous = factory.Anonymous();
        var organizer = await factory.SignedInAsync(PlatformFactory.OrganizerEmail);
        var prime = await factory.SignedInAsync(w.Prime.Email);

        // Sign-up with a capability code from the list, as a firm with a booth.
        var capabilities = await Json(api, anonymous.GetAsync("/api/v1/capabilities", Ct));
        Assert.Contains("electronics", capabilities.EnumerateArray().Select(c => c.GetProperty("code").GetString()));
        var email = $"yolculuk-{Guid.NewGuid():N}@test.local";
        var signUp = RegistrationScenario.FirmJson(RegistrationScenario.NewTaxNumber(), email, type: "Exhibitor", shortName: "Yolculuk Döküm");
        signUp["submissionToken"] = Guid.NewGuid().ToString();
        var firm = await Json(api, anonymous.PostAsJsonAsync($"{e}/firms", signUp, Ct), HttpStatusCode.Created);
        var firmId = firm.GetProperty("id").GetGuid();
        await factory.ConfirmEmailAsync(email);
        var supplier = await factory.SignedInAsync(email);

        // Qualification, then the organizer's approval, then the booth request.
        await Json(api, supplier.PostAsJsonAsync($"{e}/firms/{firmId}/certificates",
            new { kind = "AS/EN 9100", number = "AS-1", issuedOn = "2024-01-10", validUntil = "2031-01-10", sharedWithPrimes = true }, Ct), HttpStatusCode.Created);
        await Json(api, supplier.GetAsync($"{e}/firms/{firmId}/certificates", Ct));
        await Json(api, organizer.GetAsync($"{e}/firms?status=Pending", Ct));
        await Json(api, organizer.PostAsync($"{e}/firms/{firmId}/approve", null, Ct));
        await Json(api, supplier.PutAsJsonAsync($"{e}/booth-request", new { area = 12, type = "Corner" }, Ct));
        await Json(api, supplier.GetAsync($"{e}/booth-request", Ct));
        await Json(api, supplier.GetAsync($"{e}/firms/{firmId}", Ct));
        await Json(api, prime.GetAsync($"{e}/suppliers?q=yolculuk", Ct));

        // The prime asks (3 = must meet), the supplier accepts, the organizer drafts and publishes.
        var request = await Json(api, prime.PostAsJsonAsync($"{e}/meeting-requests", new { firmId, priority = 3, note = "Döküm kapasitesi" }, Ct), HttpStatusCode.Created);
        await Json(api, supplier.GetAsync($"{e}/meeting-requests?status=pending", Ct));
        await Json(api, supplier.PostAsync($"{e}/meeting-requests/{request.GetProperty("id").GetGuid()}/accept", null, Ct));
        var draft = await Json(api, organizer.PostAsync($"{e}/schedule/draft", null, Ct));
        await Json(api, organizer.PostAsJsonAsync($"{e}/schedule/publish", new { version = draft.GetProperty("version").GetGuid() }, Ct));
        var agenda = await Json(api, supplier.GetAsync($"{e}/agenda", Ct));
        Assert.Single(agenda.GetProperty("meetings").EnumerateArray());

        // The agenda as PDF, for the firm and for the organizer.
        var pdf = await api.CheckAsync(await supplier.GetAsync($"{e}/agenda.pdf", Ct));
        var organizersPdf = await api.CheckAsync(await organizer.GetAsync($"{e}/firms/{firmId}/agenda.pdf", Ct));
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.OK, organizersPdf.StatusCode);
        using (var pdfs = new PdfInspector())
        {
            Assert.Contains("ASELSAN", await pdfs.TextAsync(await pdf.Content.ReadAsByteArrayAsync(Ct)));
        }

        // A representative and the badge.
        var person = await Json(api, supplier.PostAsJsonAsync($"{e}/firms/{firmId}/people", new { fullName = "Çağrı Öztürk", email = $"temsilci-{Guid.NewGuid():N}@test.local" }, Ct), HttpStatusCode.Created);
        var badge = await api.CheckAsync(await supplier.GetAsync($"{e}/firms/{firmId}/people/{person.GetProperty("id").GetGuid()}/badge", Ct));
        var badges = await Json(api, organizer.GetAsync($"{e}/badges?q=çağrı", Ct));
        await Json(api, organizer.GetAsync($"{e}/checkins", Ct));

        Assert.Equal(HttpStatusCode.OK, badge.StatusCode);
        Assert.Equal("Active", Assert.Single(badges.GetProperty("items").EnumerateArray()).GetProperty("status").GetString());
        Assert.True(api.Checked >= 20, $"only {api.Checked} answers checked");
        Assert.True(api.Problems.Count == 0, string.Join("\n", api.Problems));
    }

    [Fact]
    public async Task Refusals_AreDocumentedProblems()
    {
        var api = await OpenApiContract.LoadAsync(factory);
        var w = await MatchmakingWorld.CreateAsync(factory);
        var e = $"/api/v1/events/{w.EventId}";
        var prime = await factory.SignedInAsync(w.Prime.Email);

        await api.CheckAsync(await prime.PostAsJsonAsync($"{e}/meeting-requests", new { firmId = w.Supplier.FirmId, priority = 4 }, Ct));
        await api.CheckAsync(await prime.PutAsJsonAsync($"{e}/booth-request", new { area = 9 }, Ct));
        await api.CheckAsync(await prime.GetAsync($"{e}/firms/{w.Supplier.FirmId}/certificates/{Guid.NewGuid()}/proof", Ct));
        await api.CheckAsync(await prime.GetAsync($"{e}/badges?pageSize=500", Ct));

        Assert.True(api.Problems.Count == 0, string.Join("\n", api.Problems));
        Assert.Equal(4, api.Checked);
    }

    private static async Task<JsonElement> Json(OpenApiContract api, Task<HttpResponseMessage> call, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var response = await api.CheckAsync(await call);
        var body = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(response.StatusCode == expected, $"{response.RequestMessage!.Method} {response.RequestMessage.RequestUri}: {(int)response.StatusCode} {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }
}
