using System.Text;
using SupplierMeetups.Web.Matchmaking.Agendas;
using SupplierMeetups.Web.Platform.Documents;
using Xunit;

namespace SupplierMeetups.UnitTests.Matchmaking;

public sealed class IcsCalendarTests
{
    private static readonly Guid MeetingId = Guid.Parse("7c9e6679-7425-40de-944b-e07fc1f90ae7");
    private readonly PdfAgendaDocuments renderer = AgendaBuilders.Renderer();

    [Fact]
    public void RenderIcs_WhenOneMeeting_WritesTheExactCalendar()
    {
        var agenda = AgendaBuilders.Agenda() with
        {
            FirmName = "İŞBİR Elektrik",
            Days = [new AgendaDay(new DateOnly(2025, 11, 5), [AgendaBuilders.Meeting(5, 10, 0, "Roketsan", booth: "A-12", table: "Masa 3", id: MeetingId)])],
        };

        var ics = renderer.RenderIcs(agenda);

        Assert.Equal(
            "BEGIN:VCALENDAR\r\n" +
            "VERSION:2.0\r\n" +
            "PRODID:-//SupplierMeetups//Agenda//TR\r\n" +
            "CALSCALE:GREGORIAN\r\n" +
            "METHOD:PUBLISH\r\n" +
            // 80 octets (ç, ş, ı, İ, Ş are two each, the dash three): folded after the 75th.
            "X-WR-CALNAME:Konya Savunma Sanayi Tedarikçi Buluşmaları – İŞBİR Ele\r\n" +
            " ktrik\r\n" +
            "BEGIN:VEVENT\r\n" +
            "UID:7c9e6679-7425-40de-944b-e07fc1f90ae7@suppliermeetups\r\n" +
            "DTSTAMP:20251020T093000Z\r\n" +
            "DTSTART:20251105T070000Z\r\n" +
            "DTEND:20251105T073000Z\r\n" +
            "SUMMARY:Görüşme: Roketsan\r\n" +
            "LOCATION:Masa 3\r\n" +
            "DESCRIPTION:Konya Savunma Sanayi Tedarikçi Buluşmaları\\nMasa: Masa 3\\nSt\r\n" +
            " and: A-12\r\n" +
            "END:VEVENT\r\n" +
            "END:VCALENDAR\r\n",
            ics);
    }

    [Fact]
    public void RenderIcs_WhenMeetingsSpanDays_WritesOneEventPerMeetingInTimeOrderWithStableUids()
    {
        var agenda = AgendaBuilders.Agenda();

        var first = renderer.RenderIcs(agenda);
        var second = renderer.RenderIcs(agenda);

        Assert.Equal(first, second);
        var starts = first.Split("\r\n").Where(line => line.StartsWith("DTSTART:", StringComparison.Ordinal)).ToList();
        Assert.Equal(["DTSTART:20251105T070000Z", "DTSTART:20251105T073000Z", "DTSTART:20251106T110000Z"], starts);
        var uids = agenda.Days.SelectMany(day => day.Meetings).Select(meeting => $"UID:{meeting.MeetingId:D}@suppliermeetups");
        Assert.All(uids, uid => Assert.Contains($"\r\n{uid}\r\n", first));
    }

    [Fact]
    public void RenderIcs_WhenEnglish_UsesEnglishSummary()
    {
        var ics = renderer.RenderIcs(AgendaBuilders.Agenda(DocumentLanguage.English));

        Assert.Contains("\r\nSUMMARY:Meeting: Roketsan\r\n", ics);
        Assert.Contains("\r\nPRODID:-//SupplierMeetups//Agenda//EN\r\n", ics);
    }

    [Fact]
    public void RenderIcs_Always_UsesCrlfAndNoLineLongerThan75Octets()
    {
        var agenda = AgendaBuilders.Agenda() with { FirmName = string.Concat(Enumerable.Repeat("Çelik Döküm Şirketi ", 10)) };

        var ics = renderer.RenderIcs(agenda);

        Assert.EndsWith("\r\n", ics);
        Assert.DoesNotContain("\n", ics.Replace("\r\n", string.Empty, StringComparison.Ordinal));
        var lines = ics[..^2].Split("\r\n");
        Assert.All(lines, line => Assert.InRange(Encoding.UTF8.GetByteCount(line), 1, 75));
        Assert.Contains(lines, line => line.StartsWith(' '));
    }

    [Theory]
    [InlineData("Ar-Ge, Test; Ölçüm", "Ar-Ge\\, Test\\; Ölçüm")]
    [InlineData("C:\\dosya", "C:\\\\dosya")]
    [InlineData("iki\nsatır", "iki\\nsatır")]
    [InlineData("iki\r\nsatır", "iki\\nsatır")]
    public void Escape_WhenTextHasSpecialCharacters_EscapesThem(string value, string expected)
    {
        Assert.Equal(expected, IcsCalendar.Escape(value));
    }

    [Fact]
    public void Line_WhenLongerThan75Octets_FoldsWithoutSplittingAUtf8Character()
    {
        var text = new StringBuilder();
        var line = "SUMMARY:" + new string('ş', 60);

        IcsCalendar.Line(text, line);

        // 'ş' is two octets: 8 + 33 × 2 = 74 on the first line, then a space and 27 × 2 = 54 + 1.
        Assert.Equal("SUMMARY:" + new string('ş', 33) + "\r\n " + new string('ş', 27) + "\r\n", text.ToString());
    }

    [Fact]
    public void Line_WhenExactly75Octets_DoesNotFold()
    {
        var text = new StringBuilder();
        var line = "DESCRIPTION:" + new string('x', 63);

        IcsCalendar.Line(text, line);

        Assert.Equal(line + "\r\n", text.ToString());
    }

    [Fact]
    public void RenderIcs_WhenSummaryHasCommasAndSemicolons_EscapesThem()
    {
        var agenda = AgendaBuilders.Agenda() with
        {
            Days = [new AgendaDay(new DateOnly(2025, 11, 5), [AgendaBuilders.Meeting(5, 10, 0, "Öz, Kardeşler; Ltd.", table: "Masa 1, Salon B")])],
        };

        var ics = renderer.RenderIcs(agenda);

        Assert.Contains("\r\nSUMMARY:Görüşme: Öz\\, Kardeşler\\; Ltd.\r\n", ics);
        Assert.Contains("\r\nLOCATION:Masa 1\\, Salon B\r\n", ics);
    }
}
