using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SupplierMeetups.IntegrationTests.Infrastructure;
using SupplierMeetups.IntegrationTests.Matchmaking;
using SupplierMeetups.IntegrationTests.Registration;
using SupplierMeetups.Web.Integrations.Outbox;

namespace SupplierMeetups.IntegrationTests.Integrations;

/// <summary>A meeting's life raises its integration events where the state changes, and a key with "meetings:cancel" may cancel.</summary>
public sealed class MeetingEventsTests(IntegrationsFactory factory) : IClassFixture<IntegrationsFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task RequestAcceptPublishCancel_EachWritesItsEvent_AndTheWebhookHearsThemInOrder()
    {
        await using var receiver = await LoopbackReceiver.StartedAsync();
        var w = await MatchmakingWorld.CreateAsync(factory);
        var organizer = await factory.SignedInAsync(PlatformFactory.OrganizerEmail);
        (await organizer.PostAsJsonAsync($"/api/v1/events/{w.EventId}/webhooks", new
        {
            name = "STM CRM", url = receiver.Url,
            eventTypes = new[] { "meeting.requested", "meeting.accepted", "meeting.scheduled", "meeting.cancelled" },
        }, Ct)).EnsureSuccessStatusCode();
        var keyAnswer = await organizer.PostAsJsonAsync($"/api/v1/events/{w.EventId}/api-keys", new { name = "CRM", scopes = new[] { "meetings:cancel", "meetings:read" } }, Ct);
        var key = (await keyAnswer.JsonAsync()).GetProperty("secret").GetString()!;

        var created = await (await factory.SignedInAsync(w.Prime.Email)).PostAsJsonAsync($"/api/v1/events/{w.EventId}/meeting-requests", new { firmId = w.Supplier.FirmId, priority = 3 }, Ct);
        var meetingId = (await created.JsonAsync()).GetProperty("id").GetGuid();
        (await (await factory.SignedInAsync(w.Supplier.Email)).PostAsync($"/api/v1/events/{w.EventId}/meeting-requests/{meetingId}/accept", null, Ct)).EnsureSuccessStatusCode();
        var draft = await (await organizer.PostAsync($"/api/v1/events/{w.EventId}/schedule/draft", null, Ct)).JsonAsync();
        (await organizer.PostAsJsonAsync($"/api/v1/events/{w.EventId}/schedule/publish", new { version = draft.GetProperty("version").GetGuid() }, Ct)).EnsureSuccessStatusCode();
        var system = factory.Anonymous();
        system.DefaultRequestHeaders.Add("X-Api-Key", key);
        Assert.Equal(HttpStatusCode.OK, (await system.GetAsync($"/api/v1/events/{w.EventId}/schedule", Ct)).StatusCode);
        var cancelled = await system.PostAsync($"/api/v1/events/{w.EventId}/meeting-requests/{meetingId}/cancel", null, Ct);

        Assert.Equal(HttpStatusCode.OK, cancelled.StatusCode);
        var rows = await factory.WithDbAsync(db => db.Set<IntegrationEvent>().AsNoTracking()
            .Where(e => e.EventId == w.EventId && e.Type.StartsWith("meeting.")).OrderBy(e => e.Id).ToListAsync(Ct));
        Assert.Equal(["meeting.requested", "meeting.accepted", "meeting.scheduled", "meeting.cancelled"], rows.Select(r => r.Type));
        Assert.All(rows, r => Assert.Equal(meetingId, JsonDocument.Parse(r.Payload).RootElement.GetProperty("meetingId").GetGuid()));
        var scheduled = JsonDocument.Parse(rows[2].Payload).RootElement;
        Assert.StartsWith("D1-", scheduled.GetProperty("slot").GetString());
        Assert.False(string.IsNullOrEmpty(scheduled.GetProperty("table").GetString()));
        Assert.True(JsonDocument.Parse(rows[3].Payload).RootElement.GetProperty("byOrganizer").GetBoolean());

        await Eventually.TrueAsync(() => receiver.Requests.Count >= 4, TimeSpan.FromSeconds(30), "four meeting webhooks");
        await Task.Delay(TimeSpan.FromSeconds(2), Ct);
        var heard = receiver.Requests.Select(r => r.Headers["X-SupplierMeetups-Event-Type"]).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(["meeting.accepted", "meeting.cancelled", "meeting.requested", "meeting.scheduled"], heard);
        Assert.Equal(rows.Select(r => r.Id.ToString()).Order(StringComparer.Ordinal), receiver.Requests.Select(r => r.Headers["X-SupplierMeetups-Event-Id"]).Order(StringComparer.Ordinal));
    }
}
