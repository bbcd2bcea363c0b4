using System.Globalization;

namespace SupplierMeetups.Web.Platform.Localization;

public static class LanguageOf
{
    /// <summary>"tr" or "en" for the current UI culture.</summary>
    public static string Current => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en" ? "en" : "tr";

    public static CultureInfo Culture(string language) => language == "en" ? LocalizationModule.English : LocalizationModule.Turkish;

    /// <summary>Runs <paramref name="action"/> with the UI culture of the recipient (e-mails are written in their language, not the sender's).</summary>
    public static T In<T>(string language, Func<T> action)
    {
        var (culture, uiCulture) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = Culture(language);
            return action();
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (culture, uiCulture);
        }
    }
}
