using System.Net;
using System.Net.Http.Json;
using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using SupplierMeetups.IntegrationTests.Infrastructure;
using SupplierMeetups.Web.Matchmaking;
using SupplierMeetups.Web.Matchmaking.Availability;

namespace SupplierMeetups.IntegrationTests.Matchmaking;

/// <summary>
/// The meeting page opened from the grid: moves and swaps are chosen from lists of what the rules allow, the rest listed
/// disabled with the reason; the server checks the choice again, so a stale one is refused with the reason; cancelling asks first.
/// </summary>
public sealed class AdjustMeetingTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>
    /// ASELSAN–İŞBİR (A) at 10:00 T01, ASELSAN–Işık (B) at 10:20 T01, ROKETSAN–Işık (C) at 10:40 T02; İŞBİR cannot meet at 10:20.
    /// </summary>
    private async Task<(MatchmakingWorld W, Guid A, Guid B, Guid C)> PlacedAsync()
    {
        var w = await MatchmakingWorld.CreateAsync(factory);
        var a = await AcceptedAsync(w, w.Prime, w.Supplier);
        var b = await AcceptedAsync(w, w.Prime, w.OtherSupplier);
        var c = await AcceptedAsync(w, w.OtherPrime, w.OtherSupplier);
        var organizer = await factory.SignedInAsync(PlatformFactory.OrganizerEmail);
        (await organizer.PostAsync($"/api/v1/events/{w.EventId}/schedule/draft", null, Ct)).EnsureSuccessStatusCode();
        await MatchmakingWorld.ChangeAsync(factory, async db =>
        {
            db.Add(new FirmAvailability { EventId = w.EventId, ParticipationId = w.Supplier.ParticipationId, UnavailableSlots = ["D1-02"] });
            var requests = await db.Set<MeetingRequest>().Where(r => r.EventId == w.EventId).ToListAsync(Ct);
            foreach (var (id, slot, table) in new[] { (a, "D1-01", "T01"), (b, "D1-02", "T01"), (c, "D1-03", "T02") })
            {
                var request = requests.Single(r => r.Id == id);
                (request.Slot, request.Table) = (slot, table);
            }
        });
        return (w, a, b, c);
    }

    private static string MeetingPage(MatchmakingWorld w, Guid id) => $"/organizer/events/{w.EventId}/schedule/meetings/{id}";

    [Fact]
    public async Task MeetingPage_WhenOpenedFromTheGrid_ListsPossibleTimesAndTablesAndTheOthersDisabledWithTheReason()
    {
        var (w, a, _, _) = await PlacedAsync();
        var organizer = await factory.SignedInPagesAsync(PlatformFactory.OrganizerEmail);

        var grid = await (await organizer.GetAsync($"/organizer/events/{w.EventId}/schedule/grid", Ct)).HtmlAsync();
        var href = grid.QuerySelector($"td[data-meeting='{a}'] a[data-testid=open-meeting]")!.GetAttribute("href")!;
        var page = await (await organizer.GetAsync(href, Ct)).HtmlAsync();
        var tablesAt1040 = await (await organizer.GetAsync(href + "?slot=D1-03", Ct)).HtmlAsync();

        Assert.Equal(MeetingPage(w, a), href);
        Assert.Equal("ASELSAN ile İŞBİR Elektrik görüşmesi", page.QuerySelector("h1")!.TextContent);
        var slots = Options(page, "slot");
        Assert.Equal(["D1-01", "D1-03", "D1-04"], slots.Where(o => !o.Disabled).Select(o => o.Value));
        var busy = slots.Single(o => o.Value == "D1-02");
        Assert.True(busy.Disabled);
        Assert.Contains("6 Mayıs 10:20, İŞBİR Elektrik firmasının uygun olduğu saatlerin dışında.", busy.Text);
        Assert.Contains("ASELSAN firmasının 6 Mayıs 10:20 saatinde başka bir görüşmesi var.", busy.Text);
        Assert.Equal("D1-01", slots.Single(o => o.Selected).Value);
        // In its own slot: the other two tables, its own one listed as where it is now.
        Assert.Equal(["ASE-1", "T02"], Options(page, "table").Where(o => !o.Disabled).Select(o => o.Value).Order(StringComparer.Ordinal));
        var tables = Options(tablesAt1040, "table");
        Assert.Equal(["ASE-1", "T01"], tables.Where(o => !o.Disabled).Select(o => o.Value).Order(StringComparer.Ordinal));
        Assert.Contains("T02 masası 6 Mayıs 10:40 saatinde dolu (ROKETSAN ile Işık Döküm).", tables.Single(o => o.Value == "T02").Text);
        Assert.NotNull(page.QuerySelector("label[for=slot]"));
        Assert.NotNull(page.QuerySelector("label[for=table]"));
        Assert.NotNull(page.QuerySelector("label[for=other]"));
    }

    [Fact]
    public async Task Move_WhenChosenFromTheList_PutsTheMeetingThereAndSaysSo()
    {
        var (w, a, _, _) = await PlacedAsync();
        var organizer = await factory.SignedInPagesAsync(PlatformFactory.OrganizerEmail);

        var moved = await organizer.PostFormAsync(MeetingPage(w, a) + "?slot=D1-03", new() { ["table"] = "T01" }, handler: "Move");
        var grid = await (await organizer.GetAsync(moved.RedirectPath(), Ct)).HtmlAsync();

        Assert.Equal(HttpStatusCode.Redirect, moved.StatusCode);
        var meeting = (await w.RequestsAsync(factory)).Single(r => r.Id == a);
        Assert.Equal(("D1-03", "T01"), (meeting.Slot, meeting.Table));
        Assert.Equal("Görüşme 6 Mayıs 10:40 saatinde T01 masasına taşındı. Firmalara bildirmek için takvimi yayımlayın.", grid.QuerySelector("[data-testid=status-message]")!.TextContent);
        Assert.NotNull(grid.QuerySelector($"td[data-meeting='{a}'][data-slot='D1-03'][data-table='T01']"));
    }

    [Fact]
    public async Task Move_WhenTheChoiceWentStale_IsRefusedWithTheReasonAndNothingMoves()
    {
        var (w, a, _, c) = await PlacedAsync();
        var organizer = await factory.SignedInPagesAsync(PlatformFactory.OrganizerEmail);
        var api = await factory.SignedInAsync(PlatformFactory.OrganizerEmail);
        var page = await (await organizer.GetAsync(MeetingPage(w, a) + "?slot=D1-04", Ct)).HtmlAsync();
        var offered = Options(page, "table").Single(o => o.Value == "T01");
        // Meanwhile another organizer puts C at that table.
        (await api.PostAsJsonAsync($"/api/v1/events/{w.EventId}/schedule/move", new { meetingId = c, slot = "D1-04", table = "T01" }, Ct)).EnsureSuccessStatusCode();

        var response = await organizer.PostFormAsync(MeetingPage(w, a) + "?slot=D1-04", new() { ["table"] = "T01" }, handler: "Move");
        var unknownSlot = await organizer.PostFormAsync(MeetingPage(w, a) + "?slot=D9-99", new() { ["table"] = "T01" }, handler: "Move");

        Assert.False(offered.Disabled);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("T01 masası 6 Mayıs 11:00 saatinde dolu (ROKETSAN ile Işık Döküm).", (await response.HtmlAsync()).QuerySelector("[data-testid=meeting-message]")!.TextContent.Trim());
        Assert.Equal(HttpStatusCode.OK, unknownSlot.StatusCode);
        Assert.Contains("D9-99", (await unknownSlot.HtmlAsync()).QuerySelector("[data-testid=meeting-message]")!.TextContent);
        var meeting = (await w.RequestsAsync(factory)).Single(r => r.Id == a);
        Assert.Equal(("D1-01", "T01"), (meeting.Slot, meeting.Table));
    }

    [Fact]
    public async Task Swap_WhenChosenFromTheList_TradesPlaces_AndAnImpossibleOneIsListedDisabledAndRefused()
    {
        var (w, a, b, c) = await PlacedAsync();
        var organizer = await factory.SignedInPagesAsync(PlatformFactory.OrganizerEmail);
        var page = await (await organizer.GetAsync(MeetingPage(w, a), Ct)).HtmlAsync();
        var swaps = Options(page, "other").Where(o => o.Value.Length > 0).ToList();

        var refused = await organizer.PostFormAsync(MeetingPage(w, a), new() { ["other"] = b.ToString() }, handler: "Swap");
        var afterRefusal = await w.RequestsAsync(factory);
        var swapped = await organizer.PostFormAsync(MeetingPage(w, a), new() { ["other"] = c.ToString() }, handler: "Swap");
        var after = await w.RequestsAsync(factory);

        Assert.Equal([c], swaps.Where(o => !o.Disabled).Select(o => Guid.Parse(o.Value)));
        Assert.Contains("6 Mayıs 10:20, İŞBİR Elektrik firmasının uygun olduğu saatlerin dışında.", swaps.Single(o => o.Value == b.ToString()).Text);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("İŞBİR Elektrik firmasının uygun olduğu saatlerin dışında.", (await refused.HtmlAsync()).QuerySelector("[data-testid=meeting-message]")!.TextContent);
        Assert.Equal("D1-01", afterRefusal.Single(r => r.Id == a).Slot);
        Assert.Equal(HttpStatusCode.Redirect, swapped.StatusCode);
        Assert.Equal(("D1-03", "T02"), (after.Single(r => r.Id == a).Slot, after.Single(r => r.Id == a).Table));
        Assert.Equal(("D1-01", "T01"), (after.Single(r => r.Id == c).Slot, after.Single(r => r.Id == c).Table));
    }

    [Fact]
    public async Task Cancel_WhenAsked_ConfirmsFirstThenCancelsAndSaysSo_AndASecondPressIsRefusedWithoutAnError()
    {
        var (w, a, _, _) = await PlacedAsync();
        var organizer = await factory.SignedInPagesAsync(PlatformFactory.OrganizerEmail);
        var page = await (await organizer.GetAsync(MeetingPage(w, a), Ct)).HtmlAsync();
        var ask = page.QuerySelector("[data-testid=cancel-meeting]")!.GetAttribute("href")!;

        var confirm = await (await organizer.GetAsync(ask, Ct)).HtmlAsync();
        var whileAsking = (await w.RequestsAsync(factory)).Single(r => r.Id == a).Status;
        var pressed = await organizer.PostFormAsync(ask, [], handler: "Cancel");
        var told = await (await organizer.GetAsync(pressed.RedirectPath(), Ct)).HtmlAsync();
        var again = await organizer.PostFormWithTokenFromAsync($"/organizer/events/{w.EventId}/schedule", MeetingPage(w, a) + "?handler=Cancel", []);

        Assert.Null(page.QuerySelector("[data-testid=cancel-confirm]"));
        Assert.Equal("ASELSAN ile İŞBİR Elektrik arasındaki görüşme iptal edilsin mi? Henüz yayımlanmadığı için kimseye bildirilmez.",
            confirm.QuerySelector("[data-testid=cancel-confirm] p")!.TextContent);
        Assert.Equal(RequestStatus.Accepted, whileAsking);
        Assert.Equal(HttpStatusCode.Redirect, pressed.StatusCode);
        Assert.StartsWith($"/organizer/events/{w.EventId}/schedule/grid", pressed.RedirectPath());
        Assert.Equal("Görüşme iptal edildi; yayımlanmamıştı, kimseye bildirilmedi.", told.QuerySelector("[data-testid=status-message]")!.TextContent);
        Assert.Equal(RequestStatus.Cancelled, (await w.RequestsAsync(factory)).Single(r => r.Id == a).Status);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        var againPage = await again.HtmlAsync();
        Assert.Equal("Bu talep artık açık değil.", againPage.QuerySelector("[data-testid=meeting-message]")?.TextContent.Trim());
        Assert.NotNull(againPage.QuerySelector("[data-testid=meeting-gone]"));
    }

    [Fact]
    public async Task Grid_WhenTheEventHasTwoDays_ShowsOneDayAtATime_TheFirstWithMeetingsByDefault()
    {
        var (w, a, _, c) = await PlacedAsync();
        await MatchmakingWorld.ChangeAsync(factory, async db =>
        {
            db.Add(new Web.Events.MeetingDay { EventId = w.EventId, Date = new DateOnly(2030, 5, 7), Start = new TimeOnly(10, 0), End = new TimeOnly(11, 20), SlotMinutes = 20 });
            var requests = await db.Set<MeetingRequest>().Where(r => r.EventId == w.EventId).ToListAsync(Ct);
            foreach (var request in requests)
            {
                request.Slot = request.Id == c ? "D2-01" : null;
                request.Table = request.Id == c ? "T01" : null;
            }
        });
        var organizer = await factory.SignedInPagesAsync(PlatformFactory.OrganizerEmail);

        var first = await (await organizer.GetAsync($"/organizer/events/{w.EventId}/schedule/grid", Ct)).HtmlAsync();
        var day1 = await (await organizer.GetAsync($"/organizer/events/{w.EventId}/schedule/grid?day=1", Ct)).HtmlAsync();

        Assert.Equal("2", first.QuerySelector("[data-testid=grid]")!.GetAttribute("data-day"));
        Assert.Equal(["10:00", "10:20", "10:40", "11:00"], first.QuerySelectorAll("[data-testid=grid] thead th[data-slot]").Select(th => th.TextContent));
        Assert.All(first.QuerySelectorAll("[data-testid=grid] thead th[data-slot]"), th => Assert.StartsWith("D2-", th.GetAttribute("data-slot")));
        Assert.NotNull(first.QuerySelector($"td[data-meeting='{c}']"));
        Assert.Equal(2, first.QuerySelectorAll("[data-testid=grid-days] a").Length);
        Assert.Equal("page", first.QuerySelector("[data-testid=grid-days] a[href$='day=2']")!.GetAttribute("aria-current"));
        Assert.Equal(["ASE-1", "T01", "T02"], first.QuerySelectorAll("[data-testid=grid] tbody th").Select(th => th.TextContent.Trim()));
        Assert.Null(day1.QuerySelector("td[data-meeting]"));
        Assert.Null(day1.QuerySelector($"td[data-meeting='{a}']"));
    }

    [Fact]
    public async Task MeetingPage_WhenSupplier_IsForbidden()
    {
        var (w, a, _, _) = await PlacedAsync();
        var supplier = await factory.SignedInPagesAsync(w.Supplier.Email);

        var page = await supplier.GetAsync(MeetingPage(w, a), Ct);
        var anonymous = await factory.Anonymous().GetAsync(MeetingPage(w, a), Ct);

        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.StartsWith("/account/access-denied", page.RedirectPath());
        Assert.StartsWith("/account/login", anonymous.RedirectPath());
    }

    private sealed record Option(string Value, string Text, bool Disabled, bool Selected);

    private static List<Option> Options(AngleSharp.Html.Dom.IHtmlDocument page, string select) =>
        page.QuerySelectorAll($"select[name={select}] option")
            .Select(o => new Option(o.GetAttribute("value") ?? "", o.TextContent, o.HasAttribute("disabled"), o.HasAttribute("selected"))).ToList();

    private async Task<Guid> AcceptedAsync(MatchmakingWorld w, WorldFirm prime, WorldFirm supplier)
    {
        var created = await (await factory.SignedInAsync(prime.Email)).PostAsJsonAsync($"/api/v1/events/{w.EventId}/meeting-requests", new { firmId = supplier.FirmId, priority = 3 }, Ct);
        var id = (await created.JsonAsync()).GetProperty("id").GetGuid();
        (await (await factory.SignedInAsync(supplier.Email)).PostAsync($"/api/v1/events/{w.EventId}/meeting-requests/{id}/accept", null, Ct)).EnsureSuccessStatusCode();
        return id;
    }
}
