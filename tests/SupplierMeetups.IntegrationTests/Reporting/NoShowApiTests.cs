using System.Net;
using Microsoft.EntityFrameworkCore;
using SupplierMeetups.IntegrationTests.Infrastructure;
using SupplierMeetups.IntegrationTests.Matchmaking;
using SupplierMeetups.IntegrationTests.Registration;
using SupplierMeetups.Web.CheckIn.MeetingCheckIn;
using SupplierMeetups.Web.Events;
using SupplierMeetups.Web.Matchmaking;
using SupplierMeetups.Web.Platform.Security;

namespace SupplierMeetups.IntegrationTests.Reporting;

/// <summary>The proposed no-shows and their confirmation over the API (issue 18): the outcomes page's service and message.</summary>
public sealed class NoShowApiTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>A published meeting ASELSAN × İŞBİR whose slot has ended, the prime scanned at the table and the supplier not (or both, when <paramref name="held"/>).</summary>
    private async Task<(MatchmakingWorld World, Guid MeetingId)> ArrangeAsync(bool held = false)
    {
        var world = await MatchmakingWorld.CreateAsync(factory);
        var meeting = new MeetingRequest
        {
            EventId = world.EventId, PrimeId = world.Prime.ParticipationId, SupplierId = world.Supplier.ParticipationId, RequestedBy = Side.Supplier,
            Priority = Priorities.Must, Status = RequestStatus.Accepted, CreatedAt = DateTimeOffset.UtcNow, ExpiresAt = DateTimeOffset.UtcNow.AddDays(3),
            Slot = "D1-01", Table = "T01", PublishedSlot = "D1-01", PublishedTable = "T01",
        };
        await MatchmakingWorld.ChangeAsync(factory, async db =>
        {
            db.Add(meeting);
            var sides = held ? new[] { world.Prime, world.Supplier } : [world.Prime];
            foreach (var side in sides)
            {
                db.Add(new MeetingArrival
                {
                    MeetingId = meeting.Id, ParticipationId = side.ParticipationId, EventId = world.EventId, BadgeId = Guid.NewGuid(),
                    PersonName = "Mehmet Aselsanlı", ArrivedAt = DateTimeOffset.UtcNow, ScannedBy = "staff@test.local",
                });
            }
            // The meeting day moves into the past: the slot has ended.
            var day = await db.Set<MeetingDay>().SingleAsync(d => d.EventId == world.EventId, Ct);
            day.Date = new DateOnly(2025, 5, 6);
            var theEvent = await db.Set<Event>().SingleAsync(e => e.Id == world.EventId, Ct);
            (theEvent.StartDate, theEvent.EndDate) = (day.Date, day.Date);
        });
        return (world, meeting.Id);
    }

    [Fact]
    public async Task ConfirmNoShow_WhenSentTwice_ConfirmsOnceAndTheListAndPageShowIt()
    {
        var (world, meetingId) = await ArrangeAsync();
        var organizer = await factory.SignedInAsync(PlatformFactory.OrganizerEmail);
        var list = $"/api/v1/events/{world.EventId}/no-shows";

        var before = await (await organizer.GetAsync(list, Ct)).JsonAsync();
        var first = await organizer.PostAsync($"{list}/{meetingId}/confirmation", null, Ct);
        var second = await organizer.PostAsync($"{list}/{meetingId}/confirmation", null, Ct);
        var after = await (await organizer.GetAsync(list, Ct)).JsonAsync();
        var page = await (await (await factory.SignedInPagesAsync(PlatformFactory.OrganizerEmail)).GetAsync($"/organizer/events/{world.EventId}/outcomes", Ct)).HtmlAsync();

        var proposed = Assert.Single(before.EnumerateArray());
        Assert.Equal((meetingId, true, false, false), (proposed.GetProperty("meetingId").GetGuid(), proposed.GetProperty("primePresent").GetBoolean(),
            proposed.GetProperty("supplierPresent").GetBoolean(), proposed.GetProperty("confirmed").GetBoolean()));
        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (first.StatusCode, second.StatusCode));
        var firstAt = (await first.JsonAsync()).GetProperty("confirmedAt").GetDateTimeOffset();
        Assert.Equal(firstAt, (await second.JsonAsync()).GetProperty("confirmedAt").GetDateTimeOffset());
        Assert.True(Assert.Single(after.EnumerateArray()).GetProperty("confirmed").GetBoolean());
        Assert.Null(page.QuerySelector($"[data-testid=no-shows] tr[data-meeting='{meetingId}'] form"));
        var rows = await factory.WithDbAsync(db => db.Set<MeetingNoShow>().CountAsync(n => n.MeetingId == meetingId, Ct));
        Assert.Equal(1, rows);
    }

    [Fact]
    public async Task ConfirmNoShow_WhenTheMeetingWasHeld_Answers409WithThePagesMessageInTurkish()
    {
        var (world, meetingId) = await ArrangeAsync(held: true);
        var url = $"/organizer/events/{world.EventId}/outcomes";

        var response = await (await factory.SignedInAsync(PlatformFactory.OrganizerEmail)).PostAsync($"/api/v1/events/{world.EventId}/no-shows/{meetingId}/confirmation", null, Ct);
        var pages = await factory.SignedInPagesAsync(PlatformFactory.OrganizerEmail);
        var posted = await pages.PostFormAsync(url, new() { ["meetingId"] = meetingId.ToString() }, handler: "ConfirmNoShow");
        var page = await (await pages.GetAsync(posted.RedirectPath(), Ct)).Content.ReadAsStringAsync(Ct);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("Bu görüşme için gelmedi önerisi yok.", (await response.JsonAsync()).GetProperty("detail").GetString());
        Assert.Contains("Bu görüşme için gelmedi önerisi yok.", page, StringComparison.Ordinal);
        Assert.Equal(0, await factory.WithDbAsync(db => db.Set<MeetingNoShow>().CountAsync(n => n.MeetingId == meetingId, Ct)));
    }

    [Fact]
    public async Task NoShows_WhenAnonymousOrNotAnOrganizer_Answer401And403()
    {
        var (world, meetingId) = await ArrangeAsync();
        var list = $"/api/v1/events/{world.EventId}/no-shows";
        var staff = await factory.SignedInAsync(await factory.CreateUserAsync(Roles.Staff));

        var anonymous = await factory.Anonymous().PostAsync($"{list}/{meetingId}/confirmation", null, Ct);
        var anonymousList = await factory.Anonymous().GetAsync(list, Ct);
        var refused = await staff.PostAsync($"{list}/{meetingId}/confirmation", null, Ct);
        var refusedList = await staff.GetAsync(list, Ct);

        Assert.Equal((HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized), (anonymous.StatusCode, anonymousList.StatusCode));
        Assert.Equal((HttpStatusCode.Forbidden, HttpStatusCode.Forbidden), (refused.StatusCode, refusedList.StatusCode));
        Assert.Equal(0, await factory.WithDbAsync(db => db.Set<MeetingNoShow>().CountAsync(n => n.MeetingId == meetingId, Ct)));
    }
}
