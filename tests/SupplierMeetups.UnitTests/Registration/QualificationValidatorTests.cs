using SupplierMeetups.Web.Registration;
using SupplierMeetups.Web.Registration.Certificates;

namespace SupplierMeetups.UnitTests.Registration;

public sealed class QualificationValidatorTests
{
    [Theory]
    [InlineData("T1234")]
    [InlineData("3A9X7")]
    [InlineData("t0a1b")] // typed in lower case, stored upper-cased
    [InlineData(" TT012 ")]
    public void NcageIsValid_WhenFiveLettersOrDigits_AcceptsIt(string code) => Assert.True(NcageCode.IsValid(code));

    [Theory]
    [InlineData("T123")] // four characters
    [InlineData("T12345")] // six
    [InlineData("T12-4")]
    [InlineData("TÜ123")] // a Turkish letter is not an NCAGE character
    [InlineData("")]
    [InlineData(null)]
    public void NcageIsValid_WhenMalformed_RejectsIt(string? code) => Assert.False(NcageCode.IsValid(code));

    [Fact]
    public void NcageNormalize_WhenLowerCaseWithSpaces_UpperCasesAndTrims() => Assert.Equal("T0A1B", NcageCode.Normalize(" t0a1b "));

    [Fact]
    public void CertificateValidity_WhenEndingBeforeIssue_IsAnError() =>
        Assert.NotNull(CertificateDates.ValidityError(new DateOnly(2025, 6, 1), new DateOnly(2025, 5, 31)));

    [Fact]
    public void CertificateValidity_WhenEndingOnTheIssueDay_IsAnError() =>
        Assert.NotNull(CertificateDates.ValidityError(new DateOnly(2025, 6, 1), new DateOnly(2025, 6, 1)));

    [Fact]
    public void CertificateValidity_WhenEndingAfterIssueOrIssueUnknown_IsFine()
    {
        Assert.Null(CertificateDates.ValidityError(new DateOnly(2024, 6, 1), new DateOnly(2027, 6, 1)));
        Assert.Null(CertificateDates.ValidityError(null, new DateOnly(2027, 6, 1)));
    }

    [Fact]
    public void CertificateIsExpiredOn_WhenValidityEndsBeforeTheDay_IsExpired()
    {
        var certificate = new Certificate { Kind = "AQAP-2110", IssuedOn = new DateOnly(2023, 1, 1), ValidUntil = new DateOnly(2025, 11, 5) };

        Assert.True(certificate.IsExpiredOn(new DateOnly(2025, 11, 7)));
        Assert.False(certificate.IsExpiredOn(new DateOnly(2025, 11, 5)));
    }

    [Fact]
    public void TurkishProvinces_AreTheEightyOneDistinctOnes() => Assert.Equal(81, TurkishProvinces.All.Distinct().Count());

    [Theory]
    [InlineData("istanbul", "İstanbul")]
    [InlineData("IĞDIR", "Iğdır")]
    [InlineData("sanliurfa", "Şanlıurfa")]
    [InlineData(" Konya ", "Konya")]
    public void TurkishProvincesFind_WhenTypedLoosely_GivesTheProperSpelling(string typed, string expected) =>
        Assert.Equal(expected, TurkishProvinces.Find(typed));

    [Fact]
    public void TurkishProvincesFind_WhenNotAProvince_GivesNull() => Assert.Null(TurkishProvinces.Find("Bakü"));
}
