using System.Net;
using SupplierMeetups.IntegrationTests.Infrastructure;

namespace SupplierMeetups.IntegrationTests.Events;

public sealed class EventPageTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    [Fact]
    public async Task EditPage_WhenFormIncomplete_ShowsTurkishFieldMessagesAndSavesNothing()
    {
        var client = factory.Anonymous();
        await client.SignInPagesAsync(factory, PlatformFactory.OrganizerEmail);
        var rowsBefore = (await (await client.GetAsync("/organizer/events", TestContext.Current.CancellationToken)).HtmlAsync()).QuerySelectorAll("table.grid tbody tr").Length;

        var response = await client.PostFormAsync("/organizer/events/edit", new()
        {
            ["Input.NameTr"] = "",
            ["Input.NameEn"] = "Fair",
            ["Input.Venue"] = "TÜYAP",
            ["Input.City"] = "Konya",
            ["Input.StartDate"] = "2026-05-01",
            ["Input.EndDate"] = "2026-05-02",
        });
        var list = await (await client.GetAsync("/organizer/events", TestContext.Current.CancellationToken)).HtmlAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.HtmlAsync();
        Assert.Equal("Ad (Türkçe) zorunludur.", page.QuerySelector("[data-valmsg-for='Input.NameTr']")?.TextContent);
        Assert.Equal(rowsBefore, list.QuerySelectorAll("table.grid tbody tr").Length);
    }

    [Fact]
    public async Task EditPage_WhenFormValid_CreatesTheEventWithItsSlots()
    {
        var client = factory.Anonymous();
        await client.SignInPagesAsync(factory, PlatformFactory.OrganizerEmail);

        var response = await client.PostFormAsync("/organizer/events/edit", new()
        {
            ["Input.NameTr"] = "Eskişehir Havacılık Buluşmaları",
            ["Input.NameEn"] = "Eskişehir Aviation Meetings",
            ["Input.Venue"] = "Eskişehir Fuar Merkezi",
            ["Input.City"] = "Eskişehir",
            ["Input.StartDate"] = "2026-09-10",
            ["Input.EndDate"] = "2026-09-10",
            ["Input.Halls[0].Name"] = "Salon 1",
            ["Input.Halls[0].AreaSquareMetres"] = "900",
            ["Input.MeetingDays[0].Date"] = "2026-09-10",
            ["Input.MeetingDays[0].Start"] = "10:00",
            ["Input.MeetingDays[0].End"] = "11:00",
            ["Input.MeetingDays[0].SlotMinutes"] = "30",
            ["TableCodes"] = "M1, M2, M3",
        });
        var show = await (await client.GetAsync("/organizer/events", TestContext.Current.CancellationToken)).HtmlAsync();

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var row = Assert.Single(show.QuerySelectorAll("table.grid tbody tr"), r => r.TextContent.Contains("Eskişehir Havacılık Buluşmaları", StringComparison.Ordinal));
        Assert.Contains("Eskişehir Havacılık Buluşmaları", row.TextContent);
        Assert.Equal("2", row.QuerySelectorAll("td")[3].TextContent);
    }
}
