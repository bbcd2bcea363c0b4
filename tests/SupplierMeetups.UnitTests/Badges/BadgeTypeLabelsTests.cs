using SupplierMeetups.Web.Badges;
using Xunit;

namespace SupplierMeetups.UnitTests.Badges;

public sealed class BadgeTypeLabelsTests
{
    [Theory]
    [InlineData(nameof(BadgeType.Visitor), "ZİYARETÇİ", "VISITOR")]
    [InlineData(nameof(BadgeType.Exhibitor), "KATILIMCI FİRMA", "EXHIBITOR")]
    [InlineData(nameof(BadgeType.Supplier), "TEDARİKÇİ", "SUPPLIER")]
    [InlineData(nameof(BadgeType.Prime), "ANA SANAYİ", "PRIME CONTRACTOR")]
    [InlineData(nameof(BadgeType.Organizer), "ORGANİZASYON", "ORGANIZER")]
    [InlineData(nameof(BadgeType.Staff), "GÖREVLİ", "STAFF")]
    [InlineData(nameof(BadgeType.Press), "BASIN", "PRESS")]
    public void For_EachType_GivesTurkishUpperCaseAndEnglishLabel(string type, string turkish, string english)
    {
        var label = BadgeTypeLabels.For(Enum.Parse<BadgeType>(type));

        Assert.Equal(turkish, label.Turkish);
        Assert.Equal(english, label.English);
    }

    [Fact]
    public void For_AllTypes_HaveDistinctBandColours()
    {
        var colours = Enum.GetValues<BadgeType>().Select(type => BadgeTypeLabels.For(type).BandColor).ToList();

        Assert.Equal(colours.Count, colours.Distinct().Count());
    }
}
