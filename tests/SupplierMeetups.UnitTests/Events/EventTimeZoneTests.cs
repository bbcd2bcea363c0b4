using SupplierMeetups.Web.Events.Contracts;

namespace SupplierMeetups.UnitTests.Events;

public sealed class EventTimeZoneTests
{
    [Theory]
    [InlineData("Mars/Olympus")]
    [InlineData("")]
    [InlineData(null)]
    public void Resolve_WhenTheIdIsUnknownOrMissing_IsUtc(string? id) => Assert.Same(TimeZoneInfo.Utc, EventTimeZone.Resolve(id));

    [Fact]
    public void AtVenue_In1700Istanbul_Is1400Utc()
    {
        var days = new EventDays(Guid.NewGuid(), "Fuar", "Fair", new DateOnly(2030, 5, 6), new DateOnly(2030, 5, 6), "Europe/Istanbul", "Konya");

        var instant = days.AtVenue(new DateOnly(2030, 5, 1), new TimeOnly(17, 0));

        Assert.Equal(new DateTimeOffset(2030, 5, 1, 14, 0, 0, TimeSpan.Zero), instant);
        Assert.Equal(new DateTime(2030, 5, 1, 17, 0, 0), days.ToVenue(instant).DateTime);
    }
}
