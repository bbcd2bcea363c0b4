using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SupplierMeetups.IntegrationTests.Infrastructure;
using SupplierMeetups.IntegrationTests.Matchmaking;
using SupplierMeetups.Web.Badges;
using SupplierMeetups.Web.Badges.Contracts;
using SupplierMeetups.Web.CheckIn.MeetingCheckIn;
using SupplierMeetups.Web.Events;
using SupplierMeetups.Web.Matchmaking;
using SupplierMeetups.Web.Platform.Persistence;
using SupplierMeetups.Web.Platform.Security;
using SupplierMeetups.Web.Registration;

namespace SupplierMeetups.IntegrationTests.CheckIn;

public sealed class MeetingCheckInTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    /// <summary>The world's event with a published meeting ASELSAN × İŞBİR at T01 in D1-01, each side with a representative and a badge.</summary>
    private sealed record Table(MatchmakingWorld World, Guid MeetingId, string PrimeToken, string SupplierToken, string StrangerToken);

    private async Task<Table> ArrangeAsync(bool ended = false, string slot = "D1-01")
    {
        var world = await MatchmakingWorld.CreateAsync(factory);
        var meeting = new MeetingRequest
        {
            EventId = world.EventId, PrimeId = world.Prime.ParticipationId, SupplierId = world.Supplier.ParticipationId, RequestedBy = Side.Supplier,
            Priority = Priorities.Must, Status = RequestStatus.Accepted, CreatedAt = DateTimeOffset.UtcNow, ExpiresAt = DateTimeOffset.UtcNow.AddDays(3),
            Slot = slot, Table = "T01", PublishedSlot = slot, PublishedTable = "T01",
        };
        var tokens = new List<string>();
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            db.Add(meeting);
            foreach (var (firm, name) in new[] { (world.Prime, "Mehmet Aselsanlı"), (world.Supplier, "Mustafa Büyükeğen"), (world.OtherSupplier, "Işıl Dökümcü") })
            {
                var person = new FirmPerson { ParticipationId = firm.ParticipationId, FirmId = firm.FirmId, FullName = name, Email = $"{Guid.NewGuid():N}@test.local" };
                var badge = new Badge
                {
                    EventId = world.EventId, Type = BadgeType.Exhibitor, PersonName = name, Organization = firm.Name,
                    HolderKind = BadgeHolderKinds.FirmPerson, HolderId = person.Id, IssuedAt = DateTimeOffset.UtcNow,
                };
                db.AddRange(person, badge);
                tokens.Add(scope.ServiceProvider.GetRequiredService<BadgeTokens>().Issue(badge.Id));
            }
            if (ended)
            {
                // The meeting day moves into the past: the slot has ended.
                var day = await db.Set<MeetingDay>().SingleAsync(d => d.EventId == world.EventId, TestContext.Current.CancellationToken);
                day.Date = new DateOnly(2025, 5, 6);
                var theEvent = await db.Set<Event>().SingleAsync(e => e.Id == world.EventId, TestContext.Current.CancellationToken);
                (theEvent.StartDate, theEvent.EndDate) = (day.Date, day.Date);
            }
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        }
        return new Table(world, meeting.Id, tokens[0], tokens[1], tokens[2]);
    }

    private static Task<HttpResponseMessage> ScanAsync(HttpClient client, Table table, string token, Guid? meetingId = null) =>
        client.PostAsJsonAsync($"/api/v1/events/{table.World.EventId}/meetings/{meetingId ?? table.MeetingId}/checkins", new { token }, TestContext.Current.CancellationToken);

    [Fact]
    public async Task ScanningBothSides_MarksTheMeetingHeld_AndScanningAgainCountsOnce()
    {
        var table = await ArrangeAsync();
        var staff = await factory.SignedInAsync(await factory.CreateUserAsync(Roles.Staff));

        var prime = await (await ScanAsync(staff, table, table.PrimeToken)).JsonAsync();
        var both = await (await ScanAsync(staff, table, table.SupplierToken)).JsonAsync();
        var again = await ScanAsync(staff, table, table.PrimeToken);

        Assert.Equal(("Mehmet Aselsanlı", false), (prime.GetProperty("primePerson").GetString(), prime.GetProperty("held").GetBoolean()));
        Assert.Equal(JsonValueKindNull, prime.GetProperty("supplierPerson").ValueKind);
        Assert.True(both.GetProperty("held").GetBoolean());
        Assert.Equal(("ASELSAN", "İŞBİR Elektrik"), (both.GetProperty("primeName").GetString(), both.GetProperty("supplierName").GetString()));
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.True((await again.JsonAsync()).GetProperty("held").GetBoolean());
        Assert.Equal(2, await ArrivalsAsync(table.MeetingId));
    }

    private const System.Text.Json.JsonValueKind JsonValueKindNull = System.Text.Json.JsonValueKind.Null;

    [Fact]
    public async Task Scan_OfABadgeOfNeitherSide_Answers409AndChangesNothing()
    {
        var table = await ArrangeAsync();
        var staff = await factory.SignedInAsync(await factory.CreateUserAsync(Roles.Staff), "en-US");

        var stranger = await ScanAsync(staff, table, table.StrangerToken);
        var garbage = await ScanAsync(staff, table, "NOT-A-BADGE");
        var noMeeting = await ScanAsync(staff, table, table.PrimeToken, Guid.NewGuid());

        Assert.Equal(HttpStatusCode.Conflict, stranger.StatusCode);
        Assert.Equal("Işıl Dökümcü is not a representative of either firm of this meeting.", (await stranger.JsonAsync()).GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, garbage.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, noMeeting.StatusCode);
        Assert.Equal(0, await ArrivalsAsync(table.MeetingId));
    }

    [Fact]
    public async Task TheMeetingsOwnFirm_ChecksItIn_ButAnotherFirmGets403()
    {
        var table = await ArrangeAsync();
        var own = await factory.SignedInAsync(table.World.Supplier.Email);
        var other = await factory.SignedInAsync(table.World.OtherPrime.Email);
        var otherPages = await factory.SignedInPagesAsync(table.World.OtherPrime.Email);

        var byOwn = await ScanAsync(own, table, table.SupplierToken);
        var byOther = await ScanAsync(other, table, table.PrimeToken);
        var otherPage = await otherPages.GetAsync($"/checkin/events/{table.World.EventId}/meetings/{table.MeetingId}", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, byOwn.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, byOther.StatusCode);
        Assert.Contains("access-denied", otherPage.RedirectPath(), StringComparison.Ordinal);
        Assert.Equal(1, await ArrivalsAsync(table.MeetingId));
    }

    public static TheoryData<string> Outsiders() => new() { Roles.Visitor, Roles.Kiosk };

    [Theory]
    [MemberData(nameof(Outsiders))]
    public async Task MeetingCheckIn_WhenVisitorOrKiosk_Answers403(string role)
    {
        var table = await ArrangeAsync();
        var email = await factory.CreateUserAsync(role);
        var client = await factory.SignedInAsync(email);
        var pages = await factory.SignedInPagesAsync(email);

        var scan = await ScanAsync(client, table, table.PrimeToken);
        var presence = await client.GetAsync($"/api/v1/events/{table.World.EventId}/meetings/{table.MeetingId}/checkins", TestContext.Current.CancellationToken);
        var page = await pages.GetAsync($"/checkin/events/{table.World.EventId}/meetings", TestContext.Current.CancellationToken);

        Assert.Equal((HttpStatusCode.Forbidden, HttpStatusCode.Forbidden), (scan.StatusCode, presence.StatusCode));
        Assert.True(page.StatusCode == HttpStatusCode.Forbidden || page.RedirectPath().Contains("access-denied", StringComparison.Ordinal), $"page: {page.StatusCode}");
    }

    [Fact]
    public async Task MeetingCheckIn_WhenAnonymous_Answers401()
    {
        var table = await ArrangeAsync();

        var scan = await ScanAsync(factory.Anonymous(), table, table.PrimeToken);
        var page = await factory.Anonymous().GetAsync($"/checkin/events/{table.World.EventId}/meetings/{table.MeetingId}", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Unauthorized, scan.StatusCode);
        Assert.Contains("/account/login", page.RedirectPath(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TablePage_ScansWithTheFormAndShowsBothSides()
    {
        var table = await ArrangeAsync();
        var pages = await factory.SignedInPagesAsync(await factory.CreateUserAsync(Roles.Staff));
        var path = $"/checkin/events/{table.World.EventId}/meetings/{table.MeetingId}";

        var list = await (await pages.GetAsync($"/checkin/events/{table.World.EventId}/meetings?table=t01", TestContext.Current.CancellationToken)).HtmlAsync();
        await pages.PostFormAsync(path, new() { ["Code"] = table.PrimeToken });
        await pages.PostFormAsync(path, new() { ["Code"] = table.SupplierToken });
        var page = await (await pages.GetAsync(path, TestContext.Current.CancellationToken)).HtmlAsync();

        Assert.Equal(path, list.QuerySelector("[data-testid=table-meetings] a")!.GetAttribute("href"));
        Assert.NotNull(page.QuerySelector("[data-testid=meeting-held]"));
        Assert.Contains("Mustafa Büyükeğen", page.QuerySelector("[data-testid=meeting-sides]")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AfterTheSlot_AMeetingWithASideMissing_IsProposedAsANoShowThatTheOrganizerConfirms()
    {
        var missing = await ArrangeAsync(ended: true);
        var staff = await factory.SignedInAsync(await factory.CreateUserAsync(Roles.Staff));
        await ScanAsync(staff, missing, missing.PrimeToken);
        var organizer = await factory.SignedInPagesAsync(PlatformFactory.OrganizerEmail);
        var outcomes = $"/organizer/events/{missing.World.EventId}/outcomes";

        var before = await (await organizer.GetAsync(outcomes, TestContext.Current.CancellationToken)).HtmlAsync();
        var row = before.QuerySelector($"[data-testid=no-shows] tr[data-meeting='{missing.MeetingId}']");
        var confirmed = await organizer.PostFormAsync(outcomes, new() { ["meetingId"] = missing.MeetingId.ToString() }, handler: "ConfirmNoShow");
        var after = await (await organizer.GetAsync(outcomes, TestContext.Current.CancellationToken)).HtmlAsync();

        Assert.NotNull(row);
        Assert.Contains("Tedarikçi", row!.TextContent, StringComparison.Ordinal); // the supplier is the missing side
        Assert.NotNull(row.QuerySelector("form"));
        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        var confirmedRow = after.QuerySelector($"[data-testid=no-shows] tr[data-meeting='{missing.MeetingId}']")!;
        Assert.Null(confirmedRow.QuerySelector("form"));
        await using var scope = factory.Services.CreateAsyncScope();
        var noShow = await scope.ServiceProvider.GetRequiredService<AppDbContext>().Set<MeetingNoShow>().SingleAsync(n => n.MeetingId == missing.MeetingId, TestContext.Current.CancellationToken);
        Assert.Equal((false, true), (noShow.PrimeMissing, noShow.SupplierMissing));
    }

    [Fact]
    public async Task AHeldMeetingOrOneNotEndedYet_IsNotProposed()
    {
        var upcoming = await ArrangeAsync();
        var staff = await factory.SignedInAsync(await factory.CreateUserAsync(Roles.Staff));
        await ScanAsync(staff, upcoming, upcoming.PrimeToken);
        var held = await ArrangeAsync(ended: true);
        await ScanAsync(staff, held, held.PrimeToken);
        await ScanAsync(staff, held, held.SupplierToken);
        var organizer = await factory.SignedInPagesAsync(PlatformFactory.OrganizerEmail);

        var first = await (await organizer.GetAsync($"/organizer/events/{upcoming.World.EventId}/outcomes", TestContext.Current.CancellationToken)).HtmlAsync();
        var second = await (await organizer.GetAsync($"/organizer/events/{held.World.EventId}/outcomes", TestContext.Current.CancellationToken)).HtmlAsync();

        Assert.NotNull(first.QuerySelector("[data-testid=no-no-shows]"));
        Assert.NotNull(second.QuerySelector("[data-testid=no-no-shows]"));
    }

    private async Task<int> ArrivalsAsync(Guid meetingId)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().Set<MeetingArrival>().CountAsync(a => a.MeetingId == meetingId, TestContext.Current.CancellationToken);
    }
}
