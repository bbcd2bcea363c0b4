using System.Text;
using SupplierMeetups.Web.Platform.Localization;

namespace SupplierMeetups.Web.Registration.ReviewFirms;

/// <summary>Spots firms registered twice: the same tax number, or names that are nearly the same once folded the Turkish way.</summary>
public static class DuplicateFirms
{
    public const double NameSimilarityThreshold = 0.85;

    private static readonly string[] LegalForms = ["ANONIM SIRKETI", "LIMITED SIRKETI", "SANAYI VE TICARET", "SAN VE TIC", "SAN TIC", "AS", "LTD STI", "LTD", "STI", "SIRKETI"];

    public static bool AreLikely(Firm a, Firm b) =>
        a.Id != b.Id && (a.TaxNumber is not null && a.TaxNumber == b.TaxNumber || Similarity(a.LegalName, b.LegalName) >= NameSimilarityThreshold);

    /// <summary>1 for the same name (case, Turkish letters, punctuation and legal form aside), towards 0 the more edits apart.</summary>
    public static double Similarity(string a, string b)
    {
        var (x, y) = (Core(a), Core(b));
        if (x.Length == 0 || y.Length == 0)
        {
            return 0;
        }
        return 1.0 - (double)Distance(x, y) / Math.Max(x.Length, y.Length);
    }

    /// <summary>The folded name without punctuation and legal form ("İşbir Elektrik San. ve Tic. A.Ş." → "ISBIR ELEKTRIK").</summary>
    public static string Core(string name)
    {
        var folded = new StringBuilder();
        foreach (var c in TurkishText.Fold(name))
        {
            folded.Append(char.IsLetterOrDigit(c) ? c : c == '.' ? "" : " ");
        }
        var words = folded.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        var text = " " + string.Join(' ', words) + " ";
        foreach (var form in LegalForms)
        {
            text = text.Replace($" {form} ", " ", StringComparison.Ordinal);
        }
        return text.Trim();
    }

    private static int Distance(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        var current = new int[b.Length + 1];
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            }
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }
}
