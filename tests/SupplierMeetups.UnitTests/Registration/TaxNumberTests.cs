using SupplierMeetups.Web.Registration;

namespace SupplierMeetups.UnitTests.Registration;

public sealed class TaxNumberTests
{
    [Theory]
    [InlineData("1234567890")]
    [InlineData("9876543217")]
    [InlineData("4700021541")]
    [InlineData("7612345016")]
    public void IsValid_WhenCheckDigitRight_AcceptsIt(string vkn) => Assert.True(TaxNumber.IsValid(vkn));

    [Theory]
    [InlineData("1234567891")] // check digit off by one
    [InlineData("9876543210")]
    [InlineData("123456789")] // nine digits
    [InlineData("12345678901")]
    [InlineData("12345678a0")]
    [InlineData("")]
    [InlineData(null)]
    public void IsValid_WhenMalformedOrCheckDigitWrong_RejectsIt(string? vkn) => Assert.False(TaxNumber.IsValid(vkn));

    [Fact]
    public void WithCheckDigit_ForManyNumbers_AgreesWithThePublishedFormula()
    {
        var random = new Random(81);
        for (var n = 0; n < 2000; n++)
        {
            var nine = string.Concat(Enumerable.Range(0, 9).Select(_ => random.Next(10)));

            var vkn = TaxNumber.WithCheckDigit(nine);

            Assert.Equal(ReferenceCheckDigit(nine), vkn[9] - '0');
            Assert.True(TaxNumber.IsValid(vkn));
            Assert.False(TaxNumber.IsValid(nine + (vkn[9] - '0' + 1) % 10));
        }
    }

    // The formula as the revenue administration publishes it, written independently of the production code.
    private static int ReferenceCheckDigit(string nine)
    {
        var sum = 0;
        for (var i = 0; i < 9; i++)
        {
            var tmp = (nine[i] - '0' + (9 - i)) % 10;
            var product = tmp * (int)Math.Pow(2, 9 - i);
            sum += product % 9;
            if (tmp != 0 && product % 9 == 0)
            {
                sum += 9;
            }
        }
        return (10 - sum % 10) % 10;
    }
}
