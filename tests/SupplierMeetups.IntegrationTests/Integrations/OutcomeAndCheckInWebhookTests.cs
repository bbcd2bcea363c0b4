using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SupplierMeetups.IntegrationTests.CheckIn;
using SupplierMeetups.IntegrationTests.Infrastructure;
using SupplierMeetups.IntegrationTests.Matchmaking;
using SupplierMeetups.Web.Events;

namespace SupplierMeetups.IntegrationTests.Integrations;

/// <summary>
/// The two integration events raised after the fair has begun, outcome.recorded and checkin.admitted: one signed
/// webhook per occurrence, with its payload, and none more when the same command is sent again.
/// </summary>
public sealed class OutcomeAndCheckInWebhookTests(IntegrationsFactory factory) : IClassFixture<IntegrationsFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<string> RegisterAsync(HttpClient organizer, Guid eventId, string url, string type)
    {
        var response = await organizer.PostAsJsonAsync($"/api/v1/events/{eventId}/webhooks", new { name = "Fuar CRM", url, eventTypes = new[] { type } }, Ct);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.JsonAsync()).GetProperty("secret").GetString()!;
    }

    /// <summary>The delivery's signature is the HMAC-SHA256 of "timestamp.body" with the webhook's secret; answers its parsed body.</summary>
    private static JsonElement Verified(LoopbackReceiver.Received received, string secret, string type)
    {
        var timestamp = received.Headers["X-SupplierMeetups-Timestamp"];
        var expected = "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes($"{timestamp}.{received.Body}")));
        Assert.Equal(expected, received.Headers["X-SupplierMeetups-Signature"]);
        Assert.Equal(type, received.Headers["X-SupplierMeetups-Event-Type"]);
        var body = JsonDocument.Parse(received.Body).RootElement;
        Assert.Equal(type, body.GetProperty("type").GetString());
        Assert.Equal(body.GetProperty("id").GetString(), received.Headers["X-SupplierMeetups-Event-Id"]);
        return body.GetProperty("data");
    }

    [Fact]
    public async Task RecordingAnOutcome_PostsOneSignedWebhook_TheSameOutcomeAgainNone_ACorrectionAnother()
    {
        await using var receiver = await LoopbackReceiver.StartedAsync();
        var w = await MatchmakingWorld.CreateAsync(factory);
        var organizer = await factory.SignedInAsync(PlatformFactory.OrganizerEmail);
        var secret = await RegisterAsync(organizer, w.EventId, receiver.Url, "outcome.recorded");
        var prime = await factory.SignedInAsync(w.Prime.Email);
        var meetingId = (await (await prime.PostAsJsonAsync($"/api/v1/events/{w.EventId}/meeting-requests", new { firmId = w.Supplier.FirmId, priority = 3 }, Ct)).JsonAsync()).GetProperty("id").GetGuid();
        (await (await factory.SignedInAsync(w.Supplier.Email)).PostAsync($"/api/v1/events/{w.EventId}/meeting-requests/{meetingId}/accept", null, Ct)).EnsureSuccessStatusCode();
        var draft = await (await organizer.PostAsync($"/api/v1/events/{w.EventId}/schedule/draft", null, Ct)).JsonAsync();
        (await organizer.PostAsJsonAsync($"/api/v1/events/{w.EventId}/schedule/publish", new { version = draft.GetProperty("version").GetGuid() }, Ct)).EnsureSuccessStatusCode();
        // The meeting's day moves into the past, so that its slot has begun.
        await MatchmakingWorld.ChangeAsync(factory, async db => (await db.Set<MeetingDay>().SingleAsync(d => d.EventId == w.EventId, Ct)).Date = new DateOnly(2024, 5, 6));
        var url = $"/api/v1/events/{w.EventId}/meetings/{meetingId}/outcome";
        var outcome = new { held = true, nda = true, requestForQuotation = true, siteVisit = false, portalRegistration = false };

        var first = await prime.PutAsJsonAsync(url, outcome, Ct);
        var again = await prime.PutAsJsonAsync(url, outcome, Ct);
        await Eventually.TrueAsync(() => !receiver.Requests.IsEmpty, TimeSpan.FromSeconds(20), "the outcome webhook");
        await Task.Delay(TimeSpan.FromSeconds(3), Ct); // several sweeps: the repeated outcome may not be sent

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        // Not recorded again: the same time (to the millisecond, as PostgreSQL keeps microseconds and the first answer had ticks).
        Assert.Equal((await first.JsonAsync()).GetProperty("recordedAt").GetDateTimeOffset(), (await again.JsonAsync()).GetProperty("recordedAt").GetDateTimeOffset(), TimeSpan.FromMilliseconds(1));
        var data = Verified(Assert.Single(receiver.Requests), secret, "outcome.recorded");
        Assert.Equal(w.EventId, data.GetProperty("eventId").GetGuid());
        Assert.Equal(meetingId, data.GetProperty("meetingId").GetGuid());
        Assert.Equal(w.Prime.ParticipationId, data.GetProperty("participationId").GetGuid());
        Assert.True(data.GetProperty("held").GetBoolean());
        Assert.True(data.GetProperty("nda").GetBoolean());
        Assert.True(data.GetProperty("requestForQuotation").GetBoolean());
        Assert.False(data.GetProperty("siteVisit").GetBoolean());
        Assert.False(data.GetProperty("portalRegistration").GetBoolean());

        // A correction is a new occurrence: heard once more, with the corrected values.
        (await prime.PutAsJsonAsync(url, outcome with { siteVisit = true }, Ct)).EnsureSuccessStatusCode();
        await Eventually.TrueAsync(() => receiver.Requests.Count >= 2, TimeSpan.FromSeconds(20), "the corrected outcome's webhook");
        var corrected = Verified(receiver.Requests.ElementAt(1), secret, "outcome.recorded");
        Assert.True(corrected.GetProperty("siteVisit").GetBoolean());
        Assert.NotEqual(receiver.Requests.ElementAt(0).Headers["X-SupplierMeetups-Event-Id"], receiver.Requests.ElementAt(1).Headers["X-SupplierMeetups-Event-Id"]);
    }

    [Fact]
    public async Task AdmittingABadge_PostsOneSignedWebhook_AndTheSameNonceAgainNone()
    {
        await using var receiver = await LoopbackReceiver.StartedAsync();
        var scene = await DoorScene.CreateAsync(factory);
        var secret = await RegisterAsync(scene.Organizer, scene.EventId, receiver.Url, "checkin.admitted");
        var (badgeId, token) = await scene.BadgeAsync("Mustafa Büyükeğen", "İŞBİR Elektrik", "Supplier");
        var nonce = Guid.NewGuid().ToString("N");

        var admitted = await scene.AnswerAsync(token, nonce: nonce, scannedAt: DoorScene.YesterdayAt(12));
        var resent = await scene.AnswerAsync(token, nonce: nonce, scannedAt: DoorScene.YesterdayAt(12));
        var exited = await scene.AnswerAsync(token, "Exit", scannedAt: DoorScene.YesterdayAt(13));
        // The lost answer's upload once more, after the holder left: still that one entry, not a new one.
        var resentAfterExit = await scene.AnswerAsync(token, nonce: nonce, scannedAt: DoorScene.YesterdayAt(12));
        await Eventually.TrueAsync(() => !receiver.Requests.IsEmpty, TimeSpan.FromSeconds(20), "the check-in webhook");
        await Task.Delay(TimeSpan.FromSeconds(3), Ct); // several sweeps: a replayed scan may not be sent

        Assert.Equal("Admitted", admitted.GetProperty("result").GetString());
        Assert.True(resent.GetProperty("replayed").GetBoolean());
        Assert.Equal("Exited", exited.GetProperty("result").GetString());
        Assert.True(resentAfterExit.GetProperty("replayed").GetBoolean());
        Assert.Equal("Admitted", resentAfterExit.GetProperty("result").GetString());
        var data = Verified(Assert.Single(receiver.Requests), secret, "checkin.admitted");
        Assert.Equal(scene.EventId, data.GetProperty("eventId").GetGuid());
        Assert.Equal(badgeId, data.GetProperty("badgeId").GetGuid());
        Assert.Equal("Supplier", data.GetProperty("badgeType").GetString());
        Assert.Equal(scene.GateId, data.GetProperty("gateId").GetGuid());
        Assert.Equal(DoorScene.YesterdayAt(12), data.GetProperty("scannedAt").GetDateTimeOffset());

        // Coming back in (a new scan) is a new admission: heard once more.
        Assert.Equal("Admitted", (await scene.AnswerAsync(token, scannedAt: DoorScene.YesterdayAt(14))).GetProperty("result").GetString());
        await Eventually.TrueAsync(() => receiver.Requests.Count >= 2, TimeSpan.FromSeconds(20), "the second admission's webhook");
        Assert.Equal(DoorScene.YesterdayAt(14), Verified(receiver.Requests.ElementAt(1), secret, "checkin.admitted").GetProperty("scannedAt").GetDateTimeOffset());
    }
}
