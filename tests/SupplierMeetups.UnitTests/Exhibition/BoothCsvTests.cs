using Microsoft.Extensions.Localization;
using NSubstitute;
using SupplierMeetups.Web;
using SupplierMeetups.Web.Exhibition.Booths;
using SupplierMeetups.Web.Exhibition.ImportBooths;

namespace SupplierMeetups.UnitTests.Exhibition;

public sealed class BoothCsvTests
{
    private static readonly IStringLocalizer<SharedResource> L = Localizer();

    private static IStringLocalizer<SharedResource> Localizer()
    {
        var l = Substitute.For<IStringLocalizer<SharedResource>>();
        l[Arg.Any<string>(), Arg.Any<object[]>()].Returns(c => new LocalizedString((string)c[0], string.Format(System.Globalization.CultureInfo.InvariantCulture, (string)c[0], (object[])c[1])));
        l[Arg.Any<string>()].Returns(c => new LocalizedString((string)c[0], (string)c[0]));
        return l;
    }

    [Fact]
    public void Parse_WhenTurkishExcelSemicolonsAndDecimalCommas_ReadsEveryBooth()
    {
        var csv = "code;hall;x;y;width;depth;type;price\r\nA-01;Salon 1;2;2,5;3;3;köşe;27000,50\r\nA-02;Salon 1;5;2,5;3;3;inline;27000\r\n";

        var (booths, errors) = BoothCsv.Parse(csv, L);

        Assert.Empty(errors);
        Assert.Equal(2, booths.Count);
        Assert.Equal(2.5m, booths[0].Y);
        Assert.Equal(BoothType.Corner, booths[0].Type);
        Assert.Equal(27000.50m, booths[0].Price);
    }

    [Fact]
    public void Parse_WhenALineIsBroken_ReportsItsLineNumber()
    {
        var (_, errors) = BoothCsv.Parse("A-01,Salon 1,2,2,3,3,inline,100\nA-02,Salon 1,x,2,3,3,inline,100\nA-03,Salon 1\n", L);

        Assert.Equal(["Line 2: a number or the booth type cannot be read.", "Line 3: 8 fields are needed (code;hall;x;y;width;depth;type;price)."], errors);
    }
}
