using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using SupplierMeetups.Web;
using SupplierMeetups.Web.Registration;

namespace SupplierMeetups.UnitTests.Registration;

public sealed class FirmProfileInputTests
{
    private static FirmProfileInput Input(string country = "TR", string? taxNumber = "4700021541", string city = "Konya") => new()
    {
        LegalName = "Ağır Sanayi Şirketi", ShortName = "Ağır Sanayi", Country = country, TaxNumber = taxNumber, City = city, Address = "OSB", Employees = 10,
    };

    private static List<ValidationResult> Validate(FirmProfileInput input)
    {
        var services = new ServiceCollection().AddSingleton<IStringLocalizer<SharedResource>, EnglishKeys>().BuildServiceProvider();
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(input, new ValidationContext(input, services, null), results, validateAllProperties: true);
        return results;
    }

    [Theory]
    [InlineData("4700021541")]
    [InlineData("7612345016")]
    [InlineData("1234567890")]
    public void Validate_WhenTurkishFirmWithRightCheckDigit_HasNoError(string vkn) => Assert.Empty(Validate(Input(taxNumber: vkn)));

    [Theory]
    [InlineData("4700021542")] // check digit off by one
    [InlineData("470002154")] // nine digits
    [InlineData("47000215410")]
    [InlineData("47OOO21541")] // letter O for zero
    public void Validate_WhenTurkishFirmWithWrongVkn_NamesTheTaxNumber(string vkn) =>
        Assert.Equal([nameof(FirmProfileInput.TaxNumber)], Validate(Input(taxNumber: vkn)).SelectMany(r => r.MemberNames));

    [Fact]
    public void Validate_WhenTurkishFirmWithoutVkn_AsksForIt() =>
        Assert.Equal("A Turkish firm needs its tax number (VKN).", Assert.Single(Validate(Input(taxNumber: null))).ErrorMessage);

    [Fact]
    public void Validate_WhenTurkishCityIsNotAProvince_SaysSo() =>
        Assert.Equal("Gotham is not one of the 81 provinces of Türkiye.", Assert.Single(Validate(Input(city: "Gotham"))).ErrorMessage);

    [Fact]
    public void Validate_WhenForeignFirm_NeedsNeitherVknNorProvince() => Assert.Empty(Validate(Input(country: "DE", taxNumber: null, city: "München")));

    [Fact]
    public void Validate_WhenCountryIsNotAnIsoCode_SaysSo() =>
        Assert.Contains(Validate(Input(country: "D1", taxNumber: null, city: "Berlin")), r => r.MemberNames.Contains(nameof(FirmProfileInput.Country)));

    private sealed class EnglishKeys : IStringLocalizer<SharedResource>
    {
        public LocalizedString this[string name] => new(name, name);
        public LocalizedString this[string name, params object[] arguments] => new(name, string.Format(System.Globalization.CultureInfo.InvariantCulture, name, arguments));
        public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) => [];
    }
}
