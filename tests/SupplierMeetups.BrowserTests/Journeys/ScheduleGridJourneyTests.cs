using Microsoft.Playwright;
using SupplierMeetups.BrowserTests.Infrastructure;

namespace SupplierMeetups.BrowserTests.Journeys;

/// <summary>
/// The organizer's schedule grid on the demo event, by clicking only (issue 14, item 4): one day at a time, the page no
/// wider than a 1280 px window (the grid scrolls in its own box with its header and table column held), and a meeting
/// moved by choosing a time and a table from the lists of those possible.
/// </summary>
public sealed class ScheduleGridJourneyTests(DemoBrowserHost host) : IClassFixture<DemoBrowserHost>
{
    [Fact]
    public async Task Grid_WhenOrganizerMovesAMeetingByChoosingFromTheLists_ShowsItThere()
    {
        await host.GivePasswordAsync("organizer@demo.local");
        var j = await Journey.SignedInAsync(host, "organizer-grid", "organizer@demo.local", DemoBrowserHost.Password, phone: false);
        await j.ClickAsync(j.Nav("Pano"), "Pano", "dashboard");
        await j.ClickAsync(j.Page.GetByTestId("count-requests"), "Görüşme takvimi", "schedule");
        // The demo's accepted requests are not placed yet: the organizer drafts the schedule first, as a newcomer would.
        await j.ClickAsync(j.Page.GetByTestId("draft"), "Görüşme takvimi", "schedule-drafted");
        await j.ClickAsync(j.Page.GetByTestId("grid-link"), "Tablo", "grid");
        var widths = await j.Page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, window.innerWidth]");
        var frame = await j.Page.GetByTestId("grid-frame").EvaluateAsync<int[]>("f => [f.scrollWidth, f.clientWidth, f.getBoundingClientRect().right]");
        var sticky = await j.Page.EvaluateAsync<string[]>("() => [getComputedStyle(document.querySelector('[data-testid=grid] thead th')).position, getComputedStyle(document.querySelector('[data-testid=grid] tbody th')).position]");
        var days = await j.Page.GetByTestId("grid-days").Locator("a").CountAsync();
        var shownDay = await j.Page.GetByTestId("grid").GetAttributeAsync("data-day");
        var slotsShown = await j.Page.Locator("[data-testid=grid] thead th[data-slot]").EvaluateAllAsync<string[]>("ths => ths.map(th => th.dataset.slot)");
        var otherDay = days > 1 ? j.Page.GetByTestId("grid-days").Locator("a:not([aria-current])").First : null;
        string? otherDayShown = null;
        if (otherDay is not null)
        {
            await j.ClickAsync(otherDay, "Tablo", "grid-other-day");
            otherDayShown = await j.Page.GetByTestId("grid").GetAttributeAsync("data-day");
            await j.ClickAsync(j.Page.GetByTestId("grid-days").Locator("a").First, "Tablo", "grid-first-day");
        }

        var open = j.Page.GetByTestId("open-meeting").First;
        var meetingHref = await open.GetAttributeAsync("href");
        var meetingId = meetingHref!.Split('/').Last();
        await j.ClickAsync(open, "görüşmesi", "meeting");
        // A time other than its own that the list offers (enabled), then the first free table there.
        var target = await j.Page.Locator("#slot option:not([disabled]):not([selected])").First.GetAttributeAsync("value");
        await j.Page.GetByLabel("Saat").SelectOptionAsync(target!);
        await j.ClickAsync(j.Page.GetByTestId("show-tables"), "görüşmesi", "meeting-tables");
        var table = await j.Page.Locator("#table option:not([disabled])").First.GetAttributeAsync("value");
        await j.Page.GetByLabel("Masa").SelectOptionAsync(table!);
        await j.ClickAsync(j.Page.GetByTestId("move"), "Tablo", "grid-after-move");
        var status = await j.Page.GetByTestId("status-message").TextContentAsync();
        var movedCell = await j.Page.Locator($"td[data-meeting='{meetingId}']").GetAttributeAsync("data-slot");
        var movedTable = await j.Page.Locator($"td[data-meeting='{meetingId}']").GetAttributeAsync("data-table");

        Assert.True(widths[0] <= widths[1], $"the grid page is {widths[0]} px wide in a {widths[1]} px window");
        Assert.True(frame[0] > frame[1], "the grid scrolls in its own box");
        Assert.True(frame[2] <= widths[1], "the grid's box ends inside the window");
        Assert.Equal(["sticky", "sticky"], sticky);
        Assert.Equal("1", shownDay);
        Assert.All(slotsShown, s => Assert.StartsWith("D1-", s));
        if (otherDay is not null)
        {
            Assert.NotEqual("1", otherDayShown);
        }
        Assert.Contains("taşındı", status);
        Assert.Equal(target, movedCell);
        Assert.Equal(table, movedTable);
        Assert.True(j.Failures.Count == 0, string.Join("\n", j.Failures));
    }
}
