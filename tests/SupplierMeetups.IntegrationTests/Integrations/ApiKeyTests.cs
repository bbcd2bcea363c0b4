using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using SupplierMeetups.IntegrationTests.Infrastructure;
using SupplierMeetups.IntegrationTests.Registration;
using SupplierMeetups.Web.Integrations.Keys;
using SupplierMeetups.Web.Registration;

namespace SupplierMeetups.IntegrationTests.Integrations;

public sealed class ApiKeyTests(IntegrationsFactory factory) : IClassFixture<IntegrationsFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<(string Key, Guid Id)> IssueAsync(Guid eventId, object body)
    {
        var organizer = await factory.SignedInAsync(PlatformFactory.OrganizerEmail);
        var response = await organizer.PostAsJsonAsync($"/api/v1/events/{eventId}/api-keys", body, Ct);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var json = await response.JsonAsync();
        return (json.GetProperty("secret").GetString()!, json.GetProperty("key").GetProperty("id").GetGuid());
    }

    private HttpClient WithKey(string key, bool asBearer = false)
    {
        var client = factory.Anonymous();
        if (asBearer)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        }
        else
        {
            client.DefaultRequestHeaders.Add("X-Api-Key", key);
        }
        return client;
    }

    private Task<ApiKey> RowAsync(Guid id) => factory.WithDbAsync(db => db.Set<ApiKey>().AsNoTracking().SingleAsync(k => k.Id == id, Ct));

    [Fact]
    public async Task AReadOnlyKey_ReadsItsEventOnly_AndIsStoredAsAHash()
    {
        var eventId = await factory.SeedEventAsync();
        var otherEvent = await factory.SeedEventAsync();
        var (key, id) = await IssueAsync(eventId, new { name = "ASELSAN tedarikçi portalı", readOnly = true });
        var row = await RowAsync(id);

        var ownFirms = await WithKey(key).GetAsync($"/api/v1/events/{eventId}/firms", Ct);
        var asBearer = await WithKey(key, asBearer: true).GetAsync($"/api/v1/events/{eventId}/figures", Ct);
        var otherFirms = await WithKey(key).GetAsync($"/api/v1/events/{otherEvent}/firms", Ct);

        Assert.StartsWith("smk_", key);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key))), row.SecretHash);
        Assert.DoesNotContain(key[(key.LastIndexOf('_') + 1)..], row.SecretHash + row.LookupId + row.Name);
        Assert.Equal("firms:read meetings:read badges:read checkins:read", row.Scopes);
        Assert.Equal(HttpStatusCode.OK, ownFirms.StatusCode);
        Assert.Equal(HttpStatusCode.OK, asBearer.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, otherFirms.StatusCode);
        var listed = await (await (await factory.SignedInAsync(PlatformFactory.OrganizerEmail)).GetAsync($"/api/v1/events/{eventId}/api-keys", Ct)).Content.ReadAsStringAsync(Ct);
        Assert.Contains(row.LookupId, listed);
        Assert.DoesNotContain(key, listed);
    }

    [Fact]
    public async Task AKey_CannotActOutsideItsScopes()
    {
        var eventId = await factory.SeedEventAsync();
        var (firmId, _) = await factory.RegisterSupplierAsync(eventId);
        var (readOnly, _) = await IssueAsync(eventId, new { name = "CRM", readOnly = true });
        var (reviewer, _) = await IssueAsync(eventId, new { name = "Onay robotu", scopes = new[] { "firms:review" } });

        var approveWithReadOnly = await WithKey(readOnly).PostAsync($"/api/v1/events/{eventId}/firms/{firmId}/approve", null, Ct);
        var statusAfterRefusal = await factory.WithDbAsync(db => db.Set<Participation>().Where(p => p.FirmId == firmId).Select(p => p.Status).SingleAsync(Ct));
        var readWithReviewer = await WithKey(reviewer).GetAsync($"/api/v1/events/{eventId}/firms", Ct);
        var manageKeys = await WithKey(readOnly).GetAsync($"/api/v1/events/{eventId}/api-keys", Ct);
        var issueKey = await WithKey(reviewer).PostAsJsonAsync($"/api/v1/events/{eventId}/api-keys", new { name = "more", readOnly = true }, Ct);
        var organizerPage = await WithKey(readOnly).GetAsync($"/organizer/events/{eventId}/integrations", Ct);
        var approveWithReviewer = await WithKey(reviewer).PostAsync($"/api/v1/events/{eventId}/firms/{firmId}/approve", null, Ct);

        Assert.Equal(HttpStatusCode.Forbidden, approveWithReadOnly.StatusCode);
        Assert.Equal(ParticipationStatus.Pending, statusAfterRefusal);
        Assert.Equal(HttpStatusCode.Forbidden, readWithReviewer.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, manageKeys.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, issueKey.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, organizerPage.StatusCode);
        Assert.Equal(HttpStatusCode.OK, approveWithReviewer.StatusCode);
        Assert.Equal(ParticipationStatus.Approved, await factory.WithDbAsync(db => db.Set<Participation>().Where(p => p.FirmId == firmId).Select(p => p.Status).SingleAsync(Ct)));
    }

    [Fact]
    public async Task RevokedUnknownAndMalformedKeys_Are401_EvenOnAnonymousEndpoints()
    {
        var eventId = await factory.SeedEventAsync();
        var (key, id) = await IssueAsync(eventId, new { name = "ERP", readOnly = true });
        var before = await WithKey(key).GetAsync($"/api/v1/events/{eventId}/firms", Ct);
        var organizer = await factory.SignedInAsync(PlatformFactory.OrganizerEmail);

        var revoke = await organizer.PostAsync($"/api/v1/events/{eventId}/api-keys/{id}/revoke", null, Ct);
        var again = await organizer.PostAsync($"/api/v1/events/{eventId}/api-keys/{id}/revoke", null, Ct);
        var revoked = await WithKey(key).GetAsync($"/api/v1/events/{eventId}/firms", Ct);
        var revokedBearer = await WithKey(key, asBearer: true).GetAsync($"/api/v1/events/{eventId}/firms", Ct);
        var unknown = await WithKey(key[..^4] + "AAAA").GetAsync($"/api/v1/events/{eventId}/firms", Ct);
        var malformed = await WithKey("smk_nonsense").GetAsync($"/api/v1/events/{eventId}/firms", Ct);
        var onAnonymous = await WithKey(key).GetAsync("/api/v1/events", Ct);

        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (revoke.StatusCode, again.StatusCode));
        Assert.Equal(HttpStatusCode.Unauthorized, revoked.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, revokedBearer.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, malformed.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, onAnonymous.StatusCode);
        Assert.NotNull((await RowAsync(id)).RevokedAt);
    }

    [Fact]
    public async Task LastUse_IsRecorded_AtMostOnceAMinute()
    {
        var eventId = await factory.SeedEventAsync();
        var (key, id) = await IssueAsync(eventId, new { name = "Portal", readOnly = true });
        Assert.Null((await RowAsync(id)).LastUsedAt);

        Assert.Equal(HttpStatusCode.OK, (await WithKey(key).GetAsync($"/api/v1/events/{eventId}/firms", Ct)).StatusCode);
        var first = (await RowAsync(id)).LastUsedAt;
        Assert.Equal(HttpStatusCode.OK, (await WithKey(key).GetAsync($"/api/v1/events/{eventId}/firms", Ct)).StatusCode);
        var second = (await RowAsync(id)).LastUsedAt;

        Assert.NotNull(first);
        Assert.InRange(first.Value, DateTimeOffset.UtcNow.AddMinutes(-1), DateTimeOffset.UtcNow.AddSeconds(1));
        Assert.Equal(first, second);
    }

    [Fact]
    public async Task IssuingAKey_RefusesNoScopesUnknownScopesAndATwin()
    {
        var eventId = await factory.SeedEventAsync();
        var organizer = await factory.SignedInAsync(PlatformFactory.OrganizerEmail);

        var none = await organizer.PostAsJsonAsync($"/api/v1/events/{eventId}/api-keys", new { name = "A", scopes = Array.Empty<string>() }, Ct);
        var unknown = await organizer.PostAsJsonAsync($"/api/v1/events/{eventId}/api-keys", new { name = "A", scopes = new[] { "everything" } }, Ct);
        var ok = await organizer.PostAsJsonAsync($"/api/v1/events/{eventId}/api-keys", new { name = "A", readOnly = true }, Ct);
        var twin = await organizer.PostAsJsonAsync($"/api/v1/events/{eventId}/api-keys", new { name = "A", readOnly = true }, Ct);
        var noEvent = await organizer.PostAsJsonAsync($"/api/v1/events/{Guid.NewGuid()}/api-keys", new { name = "A", readOnly = true }, Ct);

        Assert.Equal((HttpStatusCode.BadRequest, HttpStatusCode.BadRequest, HttpStatusCode.Created, HttpStatusCode.Conflict, HttpStatusCode.NotFound),
            (none.StatusCode, unknown.StatusCode, ok.StatusCode, twin.StatusCode, noEvent.StatusCode));
        Assert.Equal(1, await factory.WithDbAsync(db => db.Set<ApiKey>().CountAsync(k => k.EventId == eventId, Ct)));
    }

    [Fact]
    public async Task ThePage_IsReachedFromTheDashboard_ShowsTheKeyOnce_AndRevokesAfterAConfirmStep()
    {
        var eventId = await factory.SeedEventAsync();
        var organizer = await factory.SignedInPagesAsync(PlatformFactory.OrganizerEmail, "en-US");
        var page = $"/organizer/events/{eventId}/integrations";
        var dashboard = await (await organizer.GetAsync($"/organizer/dashboard?eventId={eventId}", Ct)).HtmlAsync();
        Assert.Equal(page, dashboard.QuerySelector("[data-testid=integrations-link]")?.GetAttribute("href"));

        var issued = await (await organizer.PostFormAsync(page, new() { ["Key.Name"] = "Roketsan ERP", ["Key.Access"] = "read" }, handler: "Issue")).HtmlAsync();
        var secret = issued.QuerySelector("[data-testid=secret]")?.TextContent;
        Assert.StartsWith("smk_", secret);
        var later = await (await organizer.GetAsync(page, Ct)).Content.ReadAsStringAsync(Ct);
        Assert.DoesNotContain(secret!, later);
        Assert.Contains("Roketsan ERP", later);

        var keyId = await factory.WithDbAsync(db => db.Set<ApiKey>().Where(k => k.EventId == eventId).Select(k => k.Id).SingleAsync(Ct));
        var confirm = $"{page}/keys/{keyId}/revoke";
        var asked = await organizer.GetAsync(confirm, Ct);
        Assert.Equal(HttpStatusCode.OK, asked.StatusCode);
        Assert.Null((await RowAsync(keyId)).RevokedAt); // asking changes nothing
        Assert.Equal(HttpStatusCode.OK, (await WithKey(secret!).GetAsync($"/api/v1/events/{eventId}/firms", Ct)).StatusCode);

        var revoked = await organizer.PostFormAsync(confirm, []);
        Assert.Equal(HttpStatusCode.Redirect, revoked.StatusCode);
        var after = await (await organizer.GetAsync(revoked.RedirectPath(), Ct)).Content.ReadAsStringAsync(Ct);
        Assert.Contains("The key of Roketsan ERP is revoked.", after);
        Assert.NotNull((await RowAsync(keyId)).RevokedAt);
        Assert.Equal(HttpStatusCode.Unauthorized, (await WithKey(secret!).GetAsync($"/api/v1/events/{eventId}/firms", Ct)).StatusCode);
    }

    [Fact]
    public async Task ThePage_RegistersAWebhookAndShowsItsSecretOnce_InTurkish()
    {
        var eventId = await factory.SeedEventAsync();
        var organizer = await factory.SignedInPagesAsync(PlatformFactory.OrganizerEmail);
        var page = $"/organizer/events/{eventId}/integrations";

        var answer = await (await organizer.PostFormAsync(page, new() { ["Hook.Name"] = "STM CRM", ["Hook.Url"] = "http://127.0.0.1:9/hook", ["Hook.EventTypes"] = "meeting.scheduled" }, handler: "Register")).HtmlAsync();
        var secret = answer.QuerySelector("[data-testid=secret]")?.TextContent;
        var later = await (await organizer.GetAsync(page, Ct)).Content.ReadAsStringAsync(Ct);
        var log = await organizer.GetAsync($"{page}/deliveries", Ct);

        Assert.StartsWith("whsec_", secret);
        Assert.Contains("Entegrasyonlar", answer.QuerySelector("h1")!.TextContent);
        Assert.DoesNotContain(secret!, later);
        Assert.Contains("meeting.scheduled", later);
        Assert.Equal(HttpStatusCode.OK, log.StatusCode);
    }
}
