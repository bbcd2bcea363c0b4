using System.Text;
using Ical.Net;
using Ical.Net.CalendarComponents;
using SupplierMeetups.Web.Events.Contracts;
using SupplierMeetups.Web.Matchmaking.Agendas;

namespace SupplierMeetups.UnitTests.Matchmaking;

public sealed class IcsCalendarTests
{
    private const string Istanbul = "Europe/Istanbul";
    private static readonly DateTimeOffset Stamp = new(2025, 11, 1, 8, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly MeetingDay = new(2025, 11, 6);

    private static string Write(string summary, string description = "", string location = "Masa T01, TÜYAP") => IcsCalendar.Write("Konya", Stamp,
    [
        new IcsCalendar.Entry("m1@suppliermeetups", EventTimeZone.At(EventTimeZone.Resolve(Istanbul), MeetingDay, new TimeOnly(10, 0)),
            EventTimeZone.At(EventTimeZone.Resolve(Istanbul), MeetingDay, new TimeOnly(10, 20)), summary, location, description),
    ]);

    private static CalendarEvent ParseSingle(string text) => Assert.Single(Calendar.Load(text)!.Events);

    [Fact]
    public void Write_WhenVenueIsInIstanbul_ParsesBackToTheSlotTimesInIstanbul()
    {
        var meeting = ParseSingle(Write("Görüşme"));

        Assert.Equal(MeetingDay.ToDateTime(new TimeOnly(10, 0)), meeting.DtStart!.ToTimeZone(Istanbul).Value);
        Assert.Equal(MeetingDay.ToDateTime(new TimeOnly(10, 20)), meeting.DtEnd!.ToTimeZone(Istanbul).Value);
        Assert.Equal(new DateTime(2025, 11, 6, 7, 0, 0, DateTimeKind.Utc), meeting.DtStart.AsUtc);
        Assert.Equal(Stamp.UtcDateTime, meeting.DtStamp!.AsUtc);
        Assert.Equal("m1@suppliermeetups", meeting.Uid);
    }

    [Fact]
    public void Write_WhenTextIsTurkishWithSpecialCharacters_SurvivesTheRoundTrip()
    {
        var meeting = ParseSingle(Write("İŞBİR Elektrik ile görüşme; A, B\\C", "Mustafa Büyükeğen\nsatır 2", "Masa T01, TÜYAP Konya"));

        Assert.Equal("İŞBİR Elektrik ile görüşme; A, B\\C", meeting.Summary);
        Assert.Equal("Mustafa Büyükeğen\nsatır 2", meeting.Description);
        Assert.Equal("Masa T01, TÜYAP Konya", meeting.Location);
    }

    [Fact]
    public void Write_WhenALineIsLong_FoldsAt75OctetsWithoutSplittingTurkishLetters()
    {
        var summary = string.Concat(Enumerable.Repeat("İŞBİR Büyükeğen ", 12)).Trim();

        var text = Write(summary);

        var lines = text.Split("\r\n");
        Assert.All(lines, line => Assert.True(Encoding.UTF8.GetByteCount(line) <= 75, line));
        Assert.Contains(lines, line => line.StartsWith(' '));
        Assert.DoesNotContain('\n', text.Replace("\r\n", "", StringComparison.Ordinal));
        Assert.Equal(summary, ParseSingle(text).Summary);
    }

    [Fact]
    public void Write_WhenWrittenAgainLater_KeepsEachMeetingsUid()
    {
        var first = ParseSingle(Write("Görüşme"));
        var again = ParseSingle(IcsCalendar.Write("Konya", Stamp.AddDays(1),
            [new IcsCalendar.Entry("m1@suppliermeetups", Stamp, Stamp.AddMinutes(20), "Görüşme", "Masa T02", "")]));

        Assert.Equal(first.Uid, again.Uid);
    }
}
