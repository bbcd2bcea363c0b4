using SupplierMeetups.Web.Registration.Contracts;
using SupplierMeetups.Web.Reporting.FirmDirectory;

namespace SupplierMeetups.UnitTests.Reporting;

public sealed class FirmDirectoryTests
{
    private static readonly DateOnly EventEnd = new(2025, 11, 7);

    [Theory]
    [InlineData("İŞBİR Elektrik", "İŞBİR Elektrik")]
    [InlineData("Ağır; Sanayi", "\"Ağır; Sanayi\"")]
    [InlineData("\"Işık\" Savunma", "\"\"\"Işık\"\" Savunma\"")]
    [InlineData("iki\nsatır", "\"iki\nsatır\"")]
    [InlineData("=HYPERLINK(\"x\")", "\"'=HYPERLINK(\"\"x\"\")\"")]
    [InlineData("-5", "'-5")]
    public void Escape_QuotesSeparatorsAndDefusesFormulas(string field, string expected) =>
        Assert.Equal(expected, FirmCsv.Escape(field));

    [Fact]
    public void Has_WhenCertificateExpiresBeforeTheEventEnds_DoesNotCountIt()
    {
        var q = new DirectoryQualifications
        {
            Certificates =
            [
                new DirectoryCertificate("AQAP-2110", null, null, new DateOnly(2025, 11, 6)),
                new DirectoryCertificate("ISO 9001", null, null, EventEnd),
            ],
        };

        Assert.False(QualificationCheck.Has(q, "AQAP-2110", EventEnd));
        Assert.True(QualificationCheck.Has(q, "iso 9001", EventEnd));
    }

    [Fact]
    public void Has_WhenMsbApprovalExpired_DoesNotCountItAsMsbApproved()
    {
        var expired = new DirectoryQualifications { MsbApproved = true, MsbValidUntil = new DateOnly(2025, 1, 1) };
        var valid = new DirectoryQualifications { MsbApproved = true, MsbValidUntil = new DateOnly(2026, 1, 1) };

        Assert.False(QualificationCheck.Has(expired, "msb", EventEnd));
        Assert.True(QualificationCheck.Has(valid, "MSB", EventEnd));
    }

    [Fact]
    public void ToQuery_KeepsOnlyTheFiltersGiven_Escaped()
    {
        var filter = new DirectoryFilter { Q = "işbir", City = "Konya", Qualification = "AS/EN 9100", Page = 3 };

        Assert.Equal("q=i%C5%9Fbir&city=Konya&qualification=AS%2FEN%209100", filter.ToQuery());
    }
}
