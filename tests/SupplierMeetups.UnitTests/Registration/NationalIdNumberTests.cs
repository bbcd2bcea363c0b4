using SupplierMeetups.Web.Registration.RegisterVisitor;

namespace SupplierMeetups.UnitTests.Registration;

public sealed class NationalIdNumberTests
{
    [Theory]
    [InlineData("10000000146")]
    [InlineData("12345678950")]
    [InlineData("11111111110")]
    public void IsValid_WhenBothCheckDigitsMatch_AcceptsTheNumber(string number) =>
        Assert.True(NationalIdNumber.IsValid(number));

    [Theory]
    [InlineData("10000000147")] // eleventh digit wrong
    [InlineData("10000000156")] // tenth digit wrong
    [InlineData("01234567890")] // starts with 0
    [InlineData("1000000014")] // ten digits
    [InlineData("100000001460")] // twelve digits
    [InlineData("1000000014A")]
    [InlineData("")]
    [InlineData(null)]
    public void IsValid_WhenMalformedOrCheckDigitWrong_RejectsTheNumber(string? number) =>
        Assert.False(NationalIdNumber.IsValid(number));

    [Theory]
    [InlineData("U12345678", true)]
    [InlineData("C01X00T47", true)]
    [InlineData("1234", false)]
    [InlineData("U1234 5678", false)]
    [InlineData("Ü12345678", false)]
    public void IsPlausiblePassport_ChecksLengthAndCharacters(string number, bool plausible) =>
        Assert.Equal(plausible, NationalIdNumber.IsPlausiblePassport(number));

    [Fact]
    public void Mask_ShowsOnlyTheLastTwoCharacters() =>
        Assert.Equal("•••••••••46", NationalIdNumber.Mask("10000000146"));
}
