using System.Net;
using System.Net.Http.Json;
using SupplierMeetups.IntegrationTests.Infrastructure;
using SupplierMeetups.Web.Platform.Security;

namespace SupplierMeetups.IntegrationTests.Registration;

/// <summary>Certificates over the API: the qualifications page's editor, checks and messages; the capability codes for sign-up.</summary>
public sealed class CertificateApiTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AddListRemoveCertificate_AsTheFirmsContact_ChangesWhatThePageShows()
    {
        var eventId = await factory.SeedEventAsync();
        var (firmId, email) = await factory.RegisterSupplierAsync(eventId);
        var client = await factory.SignedInAsync(email);
        var url = $"/api/v1/events/{eventId}/firms/{firmId}/certificates";

        var added = await client.PostAsJsonAsync(url, new { kind = "AS/EN 9100", number = "AS-77", issuedOn = "2024-01-10", validUntil = "2031-01-10", sharedWithPrimes = true }, Ct);
        var id = (await added.JsonAsync()).GetProperty("id").GetGuid();
        var listed = await (await client.GetAsync(url, Ct)).JsonAsync();
        var page = await (await factory.SignedInPagesAsync(email)).GetStringAsync($"/firms/{firmId}/qualifications", Ct);
        var removed = await client.DeleteAsync($"{url}/{id}", Ct);
        var removedAgain = await client.DeleteAsync($"{url}/{id}", Ct);
        var after = await (await client.GetAsync(url, Ct)).JsonAsync();

        Assert.Equal(HttpStatusCode.Created, added.StatusCode);
        var row = Assert.Single(listed.EnumerateArray());
        Assert.Equal("AS/EN 9100", row.GetProperty("kind").GetString());
        Assert.False(row.GetProperty("expired").GetBoolean());
        Assert.Contains("AS-77", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NoContent, removed.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, removedAgain.StatusCode);
        Assert.Equal(0, after.GetArrayLength());
    }

    [Fact]
    public async Task AddCertificate_WhenValidityEndsBeforeIssue_AnswersThePagesMessage()
    {
        var eventId = await factory.SeedEventAsync();
        var (firmId, email) = await factory.RegisterSupplierAsync(eventId);
        var client = await factory.SignedInAsync(email);

        var response = await client.PostAsJsonAsync($"/api/v1/events/{eventId}/firms/{firmId}/certificates",
            new { kind = "ISO 9001", issuedOn = "2025-05-01", validUntil = "2025-01-01" }, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("Sertifikanın geçerliliği veriliş tarihinden sonra bitmelidir.",
            (await response.JsonAsync()).GetProperty("errors").GetProperty("validUntil")[0].GetString());
    }

    [Fact]
    public async Task AddCertificate_WhenSentTwice_AddsItOnceAndTheRetryAnswersItWith200()
    {
        var eventId = await factory.SeedEventAsync();
        var (firmId, email) = await factory.RegisterSupplierAsync(eventId);
        var client = await factory.SignedInAsync(email);
        var url = $"/api/v1/events/{eventId}/firms/{firmId}/certificates";
        var certificate = new { kind = "ISO 9001", number = "TR-9001-12", issuedOn = "2024-01-10", validUntil = "2031-01-10" };

        var first = await client.PostAsJsonAsync(url, certificate, Ct);
        var retry = await client.PostAsJsonAsync(url, certificate with { number = "tr-9001-12" }, Ct);
        var listed = await (await client.GetAsync(url, Ct)).JsonAsync();

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, retry.StatusCode);
        Assert.Equal((await first.JsonAsync()).GetProperty("id").GetGuid(), (await retry.JsonAsync()).GetProperty("id").GetGuid());
        Assert.Single(listed.EnumerateArray());
    }

    [Fact]
    public async Task AddCertificate_WhenSentFiveTimesAtOnce_AddsItOnceAndEveryAnswerNamesIt()
    {
        var eventId = await factory.SeedEventAsync();
        var (firmId, email) = await factory.RegisterSupplierAsync(eventId);
        var clients = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => factory.SignedInAsync(email)));
        var url = $"/api/v1/events/{eventId}/firms/{firmId}/certificates";
        var certificate = new { kind = "AQAP-2110", number = "AQAP-5", issuedOn = "2024-01-10", validUntil = "2031-01-10" };

        var answers = await Task.WhenAll(clients.Select(c => c.PostAsJsonAsync(url, certificate, Ct)));
        var ids = await Task.WhenAll(answers.Select(async a => (await a.JsonAsync()).GetProperty("id").GetGuid()));
        var listed = await (await clients[0].GetAsync(url, Ct)).JsonAsync();

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.Created],
            answers.Select(a => a.StatusCode).Order());
        Assert.Single(ids.Distinct());
        Assert.Equal(ids[0], Assert.Single(listed.EnumerateArray()).GetProperty("id").GetGuid());
    }

    [Fact]
    public async Task AddCertificate_WhenThreeDifferentOnesArriveAtOnce_KeepsAllThree()
    {
        var eventId = await factory.SeedEventAsync();
        var (firmId, email) = await factory.RegisterSupplierAsync(eventId);
        var clients = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => factory.SignedInAsync(email)));
        var url = $"/api/v1/events/{eventId}/firms/{firmId}/certificates";
        string[] kinds = ["AQAP-2110", "ISO 9001", "AS/EN 9100"];

        var answers = await Task.WhenAll(clients.Select((c, i) => c.PostAsJsonAsync(url, new { kind = kinds[i], number = $"N-{i}", issuedOn = "2024-01-10", validUntil = "2031-01-10" }, Ct)));
        var listed = await (await clients[0].GetAsync(url, Ct)).JsonAsync();

        Assert.All(answers, a => Assert.Equal(HttpStatusCode.Created, a.StatusCode));
        Assert.Equal(kinds.Order(), listed.EnumerateArray().Select(c => c.GetProperty("kind").GetString()!).Order());
    }

    [Fact]
    public async Task AddCertificate_WhenTheSameNumberComesWithOtherDates_Answers409AtTheNumberAndAddsNothing()
    {
        var eventId = await factory.SeedEventAsync();
        var (firmId, email) = await factory.RegisterSupplierAsync(eventId);
        var client = await factory.SignedInAsync(email, "en-US");
        var url = $"/api/v1/events/{eventId}/firms/{firmId}/certificates";
        (await client.PostAsJsonAsync(url, new { kind = "AQAP-2110", number = "A-1", issuedOn = "2024-01-10", validUntil = "2030-01-10" }, Ct)).EnsureSuccessStatusCode();

        var other = await client.PostAsJsonAsync(url, new { kind = "AQAP-2110", number = "A-1", issuedOn = "2024-01-10", validUntil = "2032-01-10" }, Ct);
        var page = await (await factory.SignedInPagesAsync(email, "en-US")).GetStringAsync($"/firms/{firmId}/qualifications", Ct);
        var listed = await (await client.GetAsync(url, Ct)).JsonAsync();

        Assert.Equal(HttpStatusCode.Conflict, other.StatusCode);
        Assert.Equal("The firm has the certificate AQAP-2110 no. A-1 already, with other dates. Remove it first to enter it again.",
            (await other.JsonAsync()).GetProperty("errors").GetProperty("number")[0].GetString());
        Assert.Single(listed.EnumerateArray());
        Assert.Contains("A-1", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Certificates_WhenAnotherFirmOrAnonymous_Answer403And401()
    {
        var eventId = await factory.SeedEventAsync();
        var (firmId, _) = await factory.RegisterSupplierAsync(eventId);
        var (_, otherEmail) = await factory.RegisterSupplierAsync(eventId, shortName: "Başka Firma");
        var other = await factory.SignedInAsync(otherEmail);
        var url = $"/api/v1/events/{eventId}/firms/{firmId}/certificates";

        var add = await other.PostAsJsonAsync(url, new { kind = "ISO 9001", issuedOn = "2024-01-10", validUntil = "2031-01-10" }, Ct);
        var list = await other.GetAsync(url, Ct);
        var remove = await other.DeleteAsync($"{url}/{Guid.NewGuid()}", Ct);
        var anonymous = await factory.Anonymous().GetAsync(url, Ct);

        Assert.Equal(HttpStatusCode.Forbidden, add.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, list.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, remove.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
    }

    [Fact]
    public async Task ListCapabilities_Anonymously_GivesTheSignUpFormsCodesWithBothNamesAndAnETag()
    {
        var eventId = await factory.SeedEventAsync();
        var client = factory.Anonymous();
        var form = await client.GetStringAsync($"/events/{eventId}/register-firm", Ct);

        var first = await client.GetAsync("/api/v1/capabilities", Ct);
        var codes = (await first.JsonAsync()).EnumerateArray().ToList();
        var again = new HttpRequestMessage(HttpMethod.Get, "/api/v1/capabilities");
        again.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        var notModified = await client.SendAsync(again, Ct);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.NotEmpty(codes);
        Assert.All(codes, c =>
        {
            Assert.Contains($"value=\"{c.GetProperty("code").GetString()}\"", form, StringComparison.Ordinal);
            Assert.False(string.IsNullOrWhiteSpace(c.GetProperty("nameTr").GetString()));
            Assert.False(string.IsNullOrWhiteSpace(c.GetProperty("nameEn").GetString()));
        });
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
    }
}
