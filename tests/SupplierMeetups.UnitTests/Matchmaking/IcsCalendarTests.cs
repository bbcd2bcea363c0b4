using System.Text;
using SupplierMeetups.Web.Matchmaking.Agendas;

namespace SupplierMeetups.UnitTests.Matchmaking;

public sealed class IcsCalendarTests
{
    private static readonly DateTimeOffset Stamp = new(2025, 11, 1, 8, 0, 0, TimeSpan.Zero);

    private static string Write(string summary, string description = "") => IcsCalendar.Write("Konya", Stamp,
    [
        new IcsCalendar.Entry("m1@suppliermeetups", IcsCalendar.AtVenue(new DateOnly(2025, 11, 6), new TimeOnly(10, 0), "Europe/Istanbul"),
            IcsCalendar.AtVenue(new DateOnly(2025, 11, 6), new TimeOnly(10, 20), "Europe/Istanbul"), summary, "Masa T01, TÜYAP", description),
    ]);

    [Fact]
    public void Write_WhenVenueIsInIstanbul_GivesUtcTimesThreeHoursEarlier()
    {
        var text = Write("Görüşme");

        Assert.Contains("\r\nDTSTART:20251106T070000Z\r\n", text);
        Assert.Contains("\r\nDTEND:20251106T072000Z\r\n", text);
        Assert.Contains("\r\nDTSTAMP:20251101T080000Z\r\n", text);
    }

    [Fact]
    public void Write_WhenTextHasSpecialCharacters_EscapesThem()
    {
        var text = Write("A, B; C\\D", "satır 1\nsatır 2");

        Assert.Contains("SUMMARY:A\\, B\\; C\\\\D\r\n", text);
        Assert.Contains("DESCRIPTION:satır 1\\nsatır 2\r\n", text);
    }

    [Fact]
    public void Write_WhenALineIsLong_FoldsAt75OctetsWithoutSplittingTurkishLetters()
    {
        var summary = string.Concat(Enumerable.Repeat("İŞBİR Büyükeğen ", 12));

        var text = Write(summary);

        var lines = text.Split("\r\n");
        Assert.All(lines, line => Assert.True(Encoding.UTF8.GetByteCount(line) <= 75, line));
        Assert.Contains(lines, line => line.StartsWith(' '));
        Assert.Contains("SUMMARY:" + summary, text.Replace("\r\n ", "", StringComparison.Ordinal));
        Assert.DoesNotContain('\uFFFD', Encoding.UTF8.GetString(Encoding.UTF8.GetBytes(text)));
        Assert.DoesNotContain('\n', text.Replace("\r\n", "", StringComparison.Ordinal));
    }
}
