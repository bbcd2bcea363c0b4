using SupplierMeetups.Web.Platform.Localization;
using SupplierMeetups.Web.Registration;

namespace SupplierMeetups.UnitTests.Registration;

public sealed class TurkishTextTests
{
    [Theory]
    [InlineData("işbir", "İŞBİR Elektrik")]
    [InlineData("İŞBİR", "işbir elektrik")]
    [InlineData("ISIK", "IŞIK Savunma")]
    [InlineData("ISIK", "Işık Savunma")]
    [InlineData("ışık", "IŞIK Savunma")]
    [InlineData("büyükeğen", "Mustafa BÜYÜKEĞEN")]
    [InlineData("agir sanayi", "Ağır Sanayi Şirketi")]
    public void Fold_OfQueryAndName_LetsTheQueryFindTheName(string query, string name) =>
        Assert.Contains(TurkishText.Fold(query), TurkishText.Fold(name), StringComparison.Ordinal);

    [Fact]
    public void Fold_WhenLowerCasingIWouldUseTheWrongCulture_StillUpperCasesTheTurkishWay() =>
        Assert.Equal("ISTANBUL", TurkishText.Fold("istanbul"));

    [Fact]
    public void Order_SortsTheTurkishAlphabet()
    {
        string[] names = ["Zeytin", "Çelik", "Işık", "İnci", "Cem", "Ördek", "Ilgın", "Otokar", "Şahin", "Sarı", "Dal", "Üzüm", "Uğur"];

        var sorted = names.Order(TurkishText.Order).ToArray();

        Assert.Equal(["Cem", "Çelik", "Dal", "Ilgın", "Işık", "İnci", "Otokar", "Ördek", "Sarı", "Şahin", "Uğur", "Üzüm", "Zeytin"], sorted);
    }
}
