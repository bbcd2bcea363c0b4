using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SupplierMeetups.IntegrationTests.Infrastructure;
using SupplierMeetups.IntegrationTests.Registration;
using SupplierMeetups.Web.Integrations.Outbox;
using SupplierMeetups.Web.Platform.Security;

namespace SupplierMeetups.IntegrationTests.Integrations;

public sealed class WebhookTests(IntegrationsFactory factory) : IClassFixture<IntegrationsFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<(HttpClient Organizer, string Secret, Guid WebhookId)> RegisterAsync(Guid eventId, string url, params string[] types)
    {
        var organizer = await factory.SignedInAsync(PlatformFactory.OrganizerEmail);
        var response = await organizer.PostAsJsonAsync($"/api/v1/events/{eventId}/webhooks",
            new { name = $"ERP {Guid.NewGuid():N}"[..12], url, eventTypes = types.Length == 0 ? ["firm.approved"] : types }, Ct);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var json = await response.JsonAsync();
        return (organizer, json.GetProperty("secret").GetString()!, json.GetProperty("webhook").GetProperty("id").GetGuid());
    }

    private async Task<JsonElement> DeliveriesAsync(HttpClient organizer, Guid eventId) =>
        await (await organizer.GetAsync($"/api/v1/events/{eventId}/webhook-deliveries", Ct)).JsonAsync();

    private static string Signature(string secret, string timestamp, string body) =>
        "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes($"{timestamp}.{body}")));

    [Fact]
    public async Task ApprovingAFirm_PostsOneSignedWebhookWithTheEventsStableId()
    {
        await using var receiver = await LoopbackReceiver.StartedAsync();
        var eventId = await factory.SeedEventAsync();
        var (organizer, secret, _) = await RegisterAsync(eventId, receiver.Url);
        var (firmId, _) = await factory.RegisterSupplierAsync(eventId);

        await factory.ApproveAsync(eventId, firmId);
        await Eventually.TrueAsync(() => !receiver.Requests.IsEmpty, TimeSpan.FromSeconds(20), "the webhook");
        await Task.Delay(TimeSpan.FromSeconds(3), Ct); // several sweeps: none may send it again

        var received = Assert.Single(receiver.Requests);
        var timestamp = received.Headers["X-SupplierMeetups-Timestamp"];
        Assert.Equal(Signature(secret, timestamp, received.Body), received.Headers["X-SupplierMeetups-Signature"]);
        Assert.NotEqual(Signature("whsec_wrong", timestamp, received.Body), received.Headers["X-SupplierMeetups-Signature"]);
        Assert.InRange(long.Parse(timestamp, System.Globalization.CultureInfo.InvariantCulture), DateTimeOffset.UtcNow.AddMinutes(-1).ToUnixTimeSeconds(), DateTimeOffset.UtcNow.ToUnixTimeSeconds());
        var body = JsonDocument.Parse(received.Body).RootElement;
        Assert.Equal("firm.approved", body.GetProperty("type").GetString());
        Assert.Equal("firm.approved", received.Headers["X-SupplierMeetups-Event-Type"]);
        Assert.Equal(body.GetProperty("id").GetString(), received.Headers["X-SupplierMeetups-Event-Id"]);
        Assert.Equal(firmId, body.GetProperty("data").GetProperty("firmId").GetGuid());
        Assert.Equal(eventId, body.GetProperty("data").GetProperty("eventId").GetGuid());
        var stored = await factory.WithDbAsync(db => db.Set<IntegrationEvent>().SingleAsync(e => e.EventId == eventId && e.Type == "firm.approved", Ct));
        Assert.Equal(stored.Id.ToString(), received.Headers["X-SupplierMeetups-Event-Id"]);

        var log = Assert.Single((await DeliveriesAsync(organizer, eventId)).EnumerateArray());
        Assert.Equal("Delivered", log.GetProperty("status").GetString());
        Assert.Equal(1, log.GetProperty("attempts").GetInt32());
        Assert.Equal(200, log.GetProperty("lastStatusCode").GetInt32());
    }

    [Fact]
    public async Task ReceiverDown_TheDeliveryIsRetriedWithBackoffAndArrivesOnceItIsUp()
    {
        await using var receiver = LoopbackReceiver.Reserve();
        var eventId = await factory.SeedEventAsync();
        var (organizer, _, _) = await RegisterAsync(eventId, receiver.Url);
        var (firmId, _) = await factory.RegisterSupplierAsync(eventId);

        await factory.ApproveAsync(eventId, firmId);
        JsonElement failing = default;
        await Eventually.TrueAsync(() =>
        {
            failing = DeliveriesAsync(organizer, eventId).GetAwaiter().GetResult().EnumerateArray().SingleOrDefault();
            return failing.ValueKind == JsonValueKind.Object && failing.GetProperty("attempts").GetInt32() >= 2;
        }, TimeSpan.FromSeconds(30), "two failed attempts");
        Assert.Equal("Retrying", failing.GetProperty("status").GetString());
        Assert.False(string.IsNullOrEmpty(failing.GetProperty("lastError").GetString()));
        // Exponential backoff: the wait before the next attempt has doubled at least once (1 s, 2 s, 4 s …).
        var row = await factory.WithDbAsync(db => db.Set<WebhookDelivery>().SingleAsync(d => d.EventId == eventId, Ct));
        Assert.True(row.NextAttemptAt - row.LastAttemptAt >= TimeSpan.FromSeconds(1.9), $"next attempt {row.NextAttemptAt - row.LastAttemptAt} after the last");

        await receiver.StartAsync();
        await Eventually.TrueAsync(() => !receiver.Requests.IsEmpty, TimeSpan.FromSeconds(40), "the retried webhook");
        await Eventually.TrueAsync(() => DeliveriesAsync(organizer, eventId).GetAwaiter().GetResult().EnumerateArray().Single().GetProperty("status").GetString() == "Delivered",
            TimeSpan.FromSeconds(10), "delivered in the log");
        var delivered = (await DeliveriesAsync(organizer, eventId)).EnumerateArray().Single();
        Assert.True(delivered.GetProperty("attempts").GetInt32() >= 3);
        Assert.Single(receiver.Requests);
    }

    [Fact]
    public async Task AnErrorAnswer_IsLoggedWithItsCode_AndReplayResendsTheSameId()
    {
        await using var receiver = await LoopbackReceiver.StartedAsync();
        receiver.Answer = HttpStatusCode.ServiceUnavailable;
        var eventId = await factory.SeedEventAsync();
        var (organizer, _, _) = await RegisterAsync(eventId, receiver.Url);
        var (firmId, _) = await factory.RegisterSupplierAsync(eventId);
        await factory.ApproveAsync(eventId, firmId);
        await Eventually.TrueAsync(() => !receiver.Requests.IsEmpty, TimeSpan.FromSeconds(20), "the first attempt");
        await Eventually.TrueAsync(() => DeliveriesAsync(organizer, eventId).GetAwaiter().GetResult().EnumerateArray().Single().GetProperty("lastStatusCode").ValueKind == JsonValueKind.Number,
            TimeSpan.FromSeconds(10), "the answer recorded");
        var failing = (await DeliveriesAsync(organizer, eventId)).EnumerateArray().Single();
        Assert.Equal(503, failing.GetProperty("lastStatusCode").GetInt32());
        Assert.NotEqual("Delivered", failing.GetProperty("status").GetString());

        receiver.Answer = HttpStatusCode.OK;
        await Eventually.TrueAsync(() => DeliveriesAsync(organizer, eventId).GetAwaiter().GetResult().EnumerateArray().Single().GetProperty("status").GetString() == "Delivered",
            TimeSpan.FromSeconds(30), "delivered after the receiver recovered");
        var deliveryId = (await DeliveriesAsync(organizer, eventId)).EnumerateArray().Single().GetProperty("id").GetGuid();
        var before = receiver.Requests.Count;

        var replay = await organizer.PostAsync($"/api/v1/events/{eventId}/webhook-deliveries/{deliveryId}/replay", null, Ct);

        Assert.Equal(HttpStatusCode.Accepted, replay.StatusCode);
        await Eventually.TrueAsync(() => receiver.Requests.Count > before, TimeSpan.FromSeconds(20), "the replayed webhook");
        var ids = receiver.Requests.Select(r => r.Headers["X-SupplierMeetups-Event-Id"]).Distinct().ToList();
        Assert.Single(ids);
        await Eventually.TrueAsync(() => DeliveriesAsync(organizer, eventId).GetAwaiter().GetResult().EnumerateArray().Single().GetProperty("replays").GetInt32() == 1,
            TimeSpan.FromSeconds(10), "the replay counted");
        var otherEvent = await factory.SeedEventAsync();
        Assert.Equal(HttpStatusCode.NotFound, (await organizer.PostAsync($"/api/v1/events/{otherEvent}/webhook-deliveries/{deliveryId}/replay", null, Ct)).StatusCode);
    }

    [Fact]
    public async Task AWebhook_HearsOnlyItsTypesAndItsEvent()
    {
        await using var receiver = await LoopbackReceiver.StartedAsync();
        var eventId = await factory.SeedEventAsync();
        var otherEvent = await factory.SeedEventAsync();
        await RegisterAsync(eventId, receiver.Url, "booth.confirmed");
        var (firmId, _) = await factory.RegisterSupplierAsync(eventId);
        var (otherFirm, _) = await factory.RegisterSupplierAsync(otherEvent);

        await factory.ApproveAsync(eventId, firmId);
        await factory.ApproveAsync(otherEvent, otherFirm);

        var deliveries = await factory.WithDbAsync(db => db.Set<WebhookDelivery>().CountAsync(d => d.EventId == eventId || d.EventId == otherEvent, Ct));
        Assert.Equal(0, deliveries);
        Assert.Equal(2, await factory.WithDbAsync(db => db.Set<IntegrationEvent>().CountAsync(e => e.EventId == eventId || e.EventId == otherEvent, Ct)));
    }

    [Fact]
    public async Task Management_IsForOrganizersOnly()
    {
        var eventId = await factory.SeedEventAsync();
        var supplier = await factory.SignedInAsync(await factory.CreateUserAsync(Roles.Supplier));
        var anonymous = factory.Anonymous();
        string[] reads = [$"/api/v1/events/{eventId}/webhooks", $"/api/v1/events/{eventId}/webhook-deliveries", $"/api/v1/events/{eventId}/api-keys"];
        var body = new { name = "x", url = "http://127.0.0.1:1/hook", eventTypes = new[] { "firm.approved" } };

        foreach (var url in reads)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync(url, Ct)).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await supplier.GetAsync(url, Ct)).StatusCode);
        }
        Assert.Equal(HttpStatusCode.Forbidden, (await supplier.PostAsJsonAsync($"/api/v1/events/{eventId}/webhooks", body, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await supplier.PostAsJsonAsync($"/api/v1/events/{eventId}/api-keys", new { name = "x", readOnly = true }, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsJsonAsync($"/api/v1/events/{eventId}/api-keys", new { name = "x", readOnly = true }, Ct)).StatusCode);

        var supplierPages = await factory.SignedInPagesAsync(await factory.CreateUserAsync(Roles.Supplier));
        foreach (var page in new[] { $"/organizer/events/{eventId}/integrations", $"/organizer/events/{eventId}/integrations/deliveries" })
        {
            var asAnonymous = await anonymous.GetAsync(page, Ct);
            var asSupplier = await supplierPages.GetAsync(page, Ct);
            Assert.StartsWith("/account/login", asAnonymous.RedirectPath());
            Assert.StartsWith("/account/access-denied", asSupplier.RedirectPath());
        }
        Assert.Equal(0, await factory.WithDbAsync(db => db.Set<SupplierMeetups.Web.Integrations.Webhooks.WebhookSubscription>().CountAsync(w => w.EventId == eventId, Ct)));
    }

    [Fact]
    public async Task RegisteringAWebhook_RefusesABadAddressOrType()
    {
        var eventId = await factory.SeedEventAsync();
        var organizer = await factory.SignedInAsync(PlatformFactory.OrganizerEmail);

        var badUrl = await organizer.PostAsJsonAsync($"/api/v1/events/{eventId}/webhooks", new { name = "CRM", url = "ftp://example.test/x", eventTypes = new[] { "firm.approved" } }, Ct);
        var badType = await organizer.PostAsJsonAsync($"/api/v1/events/{eventId}/webhooks", new { name = "CRM", url = "http://127.0.0.1:9/x", eventTypes = new[] { "firm.deleted" } }, Ct);
        var ok = await organizer.PostAsJsonAsync($"/api/v1/events/{eventId}/webhooks", new { name = "CRM", url = "http://127.0.0.1:9/x", eventTypes = new[] { "firm.approved" } }, Ct);
        var twice = await organizer.PostAsJsonAsync($"/api/v1/events/{eventId}/webhooks", new { name = "CRM", url = "http://127.0.0.1:9/x", eventTypes = new[] { "firm.approved" } }, Ct);

        Assert.Equal((HttpStatusCode.BadRequest, HttpStatusCode.BadRequest, HttpStatusCode.Created, HttpStatusCode.Conflict), (badUrl.StatusCode, badType.StatusCode, ok.StatusCode, twice.StatusCode));
        Assert.True((await badUrl.JsonAsync()).GetProperty("errors").TryGetProperty("url", out _));
        var list = await (await organizer.GetAsync($"/api/v1/events/{eventId}/webhooks", Ct)).Content.ReadAsStringAsync(Ct);
        Assert.DoesNotContain("whsec_", list);
    }
}
