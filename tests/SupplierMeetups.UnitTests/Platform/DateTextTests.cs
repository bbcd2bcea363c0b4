using System.Globalization;
using SupplierMeetups.Web.Platform.Localization;

namespace SupplierMeetups.UnitTests.Platform;

/// <summary>One way to write dates per culture (issue 14, item 6): pages, e-mails and PDFs all go through DateText.</summary>
public sealed class DateTextTests
{
    private static readonly CultureInfo Turkish = CultureInfo.GetCultureInfo("tr-TR");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-US");
    private static readonly DateOnly Opening = new(2025, 11, 5);

    [Fact]
    public void Moment_InTurkish_IsDayMonthYearWeekdayAndTime() =>
        Assert.Equal("5 Kasım 2025 Çarşamba 10:20", DateText.Moment(Opening, new TimeOnly(10, 20), Turkish));

    [Fact]
    public void Moment_InEnglish_IsWeekdayFirst() =>
        Assert.Equal("Wednesday, 5 November 2025 10:20", DateText.Moment(Opening, new TimeOnly(10, 20), English));

    [Fact]
    public void Moment_OfAnInstant_IsTheClockInTheGivenZone() =>
        Assert.Equal("5 Kasım 2025 Çarşamba 10:20", DateText.Moment(new DateTimeOffset(2025, 11, 5, 7, 20, 0, TimeSpan.Zero), DateText.Istanbul, Turkish));

    [Theory]
    [InlineData(2025, 11, 7, "5–7 Kasım 2025")]
    [InlineData(2025, 12, 2, "5 Kasım – 2 Aralık 2025")]
    [InlineData(2026, 1, 2, "5 Kasım 2025 – 2 Ocak 2026")]
    [InlineData(2025, 11, 5, "5 Kasım 2025 Çarşamba")]
    public void Range_InTurkish_NamesTheMonthOnce(int year, int month, int day, string expected) =>
        Assert.Equal(expected, DateText.Range(Opening, new DateOnly(year, month, day), Turkish));

    [Fact]
    public void Range_InEnglish_IsDayMonthYear() =>
        Assert.Equal("5–7 November 2025", DateText.Range(Opening, new DateOnly(2025, 11, 7), English));
}
