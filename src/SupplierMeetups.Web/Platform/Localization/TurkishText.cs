using System.Globalization;

namespace SupplierMeetups.Web.Platform.Localization;

/// <summary>
/// Turkish-aware folding for search: upper-case with the Turkish culture ("i" → "İ", "ı" → "I"), so that
/// "işbir" finds "İŞBİR", then map Turkish letters to their ASCII base, so that a query typed on a foreign
/// keyboard ("ISIK") finds "IŞIK" and "Işık" too. Sorting uses <see cref="Order"/>, which keeps them apart.
/// </summary>
public static class TurkishText
{
    private static readonly CultureInfo Turkish = CultureInfo.GetCultureInfo("tr-TR");

    public static string Fold(string text) => FoldAscii(text.Trim().ToUpper(Turkish));

    /// <summary>Maps Turkish letters to their plain ASCII base so that a query typed on a foreign keyboard still finds them.</summary>
    private static string FoldAscii(string upper) => string.Create(upper.Length, upper, (span, source) =>
    {
        for (var i = 0; i < source.Length; i++)
        {
            span[i] = source[i] switch
            {
                'İ' => 'I',
                'Ş' => 'S',
                'Ğ' => 'G',
                'Ü' => 'U',
                'Ö' => 'O',
                'Ç' => 'C',
                _ => source[i],
            };
        }
    });

    public static readonly StringComparer Order = StringComparer.Create(Turkish, ignoreCase: false);
}
