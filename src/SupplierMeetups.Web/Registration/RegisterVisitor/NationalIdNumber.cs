namespace SupplierMeetups.Web.Registration.RegisterVisitor;

/// <summary>
/// The Turkish national ID number (T.C. kimlik no): eleven digits, not starting with 0; the tenth digit is
/// (7 × the odd-placed digits − the even-placed digits among the first nine) mod 10, the eleventh the sum of the first ten mod 10.
/// </summary>
public static class NationalIdNumber
{
    public static bool IsValid(string? value)
    {
        if (value is not { Length: 11 } || !value.All(char.IsAsciiDigit) || value[0] == '0')
        {
            return false;
        }
        var d = value.Select(c => c - '0').ToArray();
        var odd = d[0] + d[2] + d[4] + d[6] + d[8];
        var even = d[1] + d[3] + d[5] + d[7];
        var tenth = ((odd * 7 - even) % 10 + 10) % 10;
        return d[9] == tenth && d[10] == d.Take(10).Sum() % 10;
    }

    /// <summary>Passport numbers vary by country: five to twenty letters and digits.</summary>
    public static bool IsPlausiblePassport(string? value) =>
        value is { Length: >= 5 and <= 20 } && value.All(char.IsAsciiLetterOrDigit);

    /// <summary>Shows only the last two characters: enough for the person to recognize their number.</summary>
    public static string Mask(string value) =>
        value.Length <= 2 ? new string('•', value.Length) : new string('•', value.Length - 2) + value[^2..];
}
