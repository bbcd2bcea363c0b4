using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SupplierMeetups.IntegrationTests.Infrastructure;
using SupplierMeetups.Web.Events;
using SupplierMeetups.Web.Matchmaking;
using SupplierMeetups.Web.Platform.Persistence;

namespace SupplierMeetups.IntegrationTests.Matchmaking;

/// <summary>Times are entered and shown in the event's time zone and stored as instants; an unknown zone counts as UTC and breaks nothing.</summary>
public sealed class EventTimeZoneTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Deadline_WhenEnteredAs1700InIstanbul_IsStoredAs1400UtcAndShownBackAs1700()
    {
        var w = await MatchmakingWorld.CreateAsync(factory);
        var organizer = await factory.SignedInPagesAsync(PlatformFactory.OrganizerEmail);
        var page = $"/organizer/events/{w.EventId}/matchmaking";

        var saved = await organizer.PostFormAsync(page, new() { ["Deadline"] = "2030-05-01T17:00", ["ExpiryHours"] = "48", ["Quota"] = "20" });
        var shown = await (await organizer.GetAsync(saved.RedirectPath(), Ct)).HtmlAsync();

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(new DateTimeOffset(2030, 5, 1, 14, 0, 0, TimeSpan.Zero), await DeadlineAsync(w.EventId));
        Assert.StartsWith("2030-05-01T17:00", shown.QuerySelector("[data-testid=deadline]")!.GetAttribute("value"));
        Assert.Contains("Europe/Istanbul, UTC+03:00", shown.QuerySelector("label[for=Deadline]")!.TextContent);
        Assert.Equal("2030-05-01 14:00 UTC olarak kaydedildi.", shown.QuerySelector("[data-testid=deadline-stored]")!.TextContent.Trim());
    }

    [Fact]
    public async Task UnknownZone_WhenDeadlineSavedRequestSentAndRemindersRun_CountsAsUtcWithoutAnError()
    {
        var w = await MatchmakingWorld.CreateAsync(factory);
        await MatchmakingWorld.ChangeAsync(factory, async db => (await db.Set<Event>().SingleAsync(e => e.Id == w.EventId, Ct)).TimeZoneId = "Mars/Olympus");
        var organizer = await factory.SignedInPagesAsync(PlatformFactory.OrganizerEmail);
        var page = $"/organizer/events/{w.EventId}/matchmaking";

        var saved = await organizer.PostFormAsync(page, new() { ["Deadline"] = "2030-05-01T17:00", ["ExpiryHours"] = "48", ["Quota"] = "20" });
        var shown = await (await organizer.GetAsync(saved.RedirectPath(), Ct)).HtmlAsync();
        // The request's e-mail gives its expiry in the event's zone.
        var requested = await (await factory.SignedInAsync(w.Prime.Email)).PostAsJsonAsync($"/api/v1/events/{w.EventId}/meeting-requests", new { firmId = w.Supplier.FirmId, priority = 3 }, Ct);
        int reminded;
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            reminded = await scope.ServiceProvider.GetRequiredService<SupplierMeetups.Web.Matchmaking.Reminders.AgendaReminders>()
                .SendDueAsync(new DateTimeOffset(2030, 5, 5, 15, 0, 0, TimeSpan.Zero), Ct);
        }

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(new DateTimeOffset(2030, 5, 1, 17, 0, 0, TimeSpan.Zero), await DeadlineAsync(w.EventId));
        Assert.Contains("UTC, UTC+00:00", shown.QuerySelector("label[for=Deadline]")!.TextContent);
        Assert.Equal(HttpStatusCode.Created, requested.StatusCode);
        Assert.True(reminded >= 0);
    }

    private async Task<DateTimeOffset?> DeadlineAsync(Guid eventId)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().Set<MatchmakingSettings>().AsNoTracking()
            .Where(s => s.EventId == eventId).Select(s => s.RequestDeadline).SingleAsync(Ct);
    }
}
