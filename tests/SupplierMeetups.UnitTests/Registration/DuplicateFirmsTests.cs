using SupplierMeetups.Web.Registration;
using SupplierMeetups.Web.Registration.ReviewFirms;

namespace SupplierMeetups.UnitTests.Registration;

public sealed class DuplicateFirmsTests
{
    [Theory]
    [InlineData("İşbir Elektrik Sanayi ve Ticaret A.Ş.", "ISBIR ELEKTRIK SAN. VE TIC. AŞ")]
    [InlineData("Ağır Sanayi Şirketi", "Agir Sanayi Sirketi Ltd. Şti.")]
    [InlineData("Yıldız Hassas Döküm", "Yildiz Hasas Döküm")] // one letter missing
    public void AreLikely_WhenNamesDifferOnlyInCaseLettersOrLegalForm_FlagsThem(string a, string b) =>
        Assert.True(DuplicateFirms.AreLikely(new Firm { LegalName = a }, new Firm { LegalName = b }));

    [Theory]
    [InlineData("Konya Hassas Döküm A.Ş.", "Kayseri Hassas Döküm A.Ş.")]
    [InlineData("Akın Makina", "Aksa Kimya")]
    public void AreLikely_WhenNamesReallyDiffer_DoesNotFlagThem(string a, string b) =>
        Assert.False(DuplicateFirms.AreLikely(new Firm { LegalName = a }, new Firm { LegalName = b }));

    [Fact]
    public void AreLikely_WhenSameTaxNumber_FlagsThemWhateverTheName() =>
        Assert.True(DuplicateFirms.AreLikely(new Firm { LegalName = "A", TaxNumber = "1234567890" }, new Firm { LegalName = "Tamamen Başka", TaxNumber = "1234567890" }));

    [Fact]
    public void AreLikely_WhenTheSameFirm_DoesNotFlagItself()
    {
        var firm = new Firm { LegalName = "Aynı Firma", TaxNumber = "1234567890" };

        Assert.False(DuplicateFirms.AreLikely(firm, firm));
    }

    [Fact]
    public void Core_StripsPunctuationAndLegalForm() =>
        Assert.Equal("ISBIR ELEKTRIK", DuplicateFirms.Core("İşbir Elektrik San. ve Tic. A.Ş."));
}
