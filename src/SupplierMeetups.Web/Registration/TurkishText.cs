using System.Globalization;

namespace SupplierMeetups.Web.Registration;

/// <summary>
/// Turkish-aware folding for search: upper-case with the Turkish culture ("i" → "İ", "ı" → "I"), so that
/// "işbir" finds "İŞBİR". Dotted and dotless I are then treated alike, because users type "ISIK" for "IŞIK"
/// and "Işık" alike; the other Turkish letters are kept apart from their ASCII look-alikes except in that
/// ASCII-typed search also matches them (see <see cref="FoldAscii"/>).
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
