using SupplierMeetups.Web;
using SupplierMeetups.Web.Platform.Localization;

namespace SupplierMeetups.UnitTests.Platform;

/// <summary>The texts of every module's resource file answer through the one localizer the code asks for.</summary>
public sealed class ModuleStringLocalizerTests
{
    private readonly ModuleStringLocalizer _localizer = new(typeof(SharedResource).Assembly);

    [Fact]
    public void Localizer_InTurkish_ReadsTheTextsOfEveryModuleFile()
    {
        var texts = LanguageOf.In("tr", () => (Platform: _localizer["Hello {0},", "Mustafa"].Value, Registration: _localizer["Attach the proof as a PDF file (form field \"proof\")."].Value, Matchmaking: _localizer["Meeting request accepted"].Value));

        Assert.Equal(("Merhaba Mustafa,", "Belgeyi PDF dosyası olarak ekleyin (\"proof\" form alanı).", "Görüşme talebi kabul edildi"), texts);
    }

    [Fact]
    public void Localizer_InEnglishOrForAnUnknownKey_AnswersTheKeyAsNotFound()
    {
        var english = LanguageOf.In("en", () => _localizer["Firm approved"]);
        var unknown = LanguageOf.In("tr", () => _localizer["No such text {0}", 7]);

        Assert.Equal(("Firm approved", true), (english.Value, english.ResourceNotFound));
        Assert.Equal(("No such text 7", true), (unknown.Value, unknown.ResourceNotFound));
    }
}
