namespace SupplierMeetups.Web.Registration;

/// <summary>The Turkish tax number (Vergi Kimlik Numarası): ten digits, the last a check digit over the first nine.</summary>
public static class TaxNumber
{
    public static bool IsValid(string? value) =>
        value is { Length: 10 } && value.All(char.IsAsciiDigit) && CheckDigit(value.AsSpan(0, 9)) == value[9] - '0';

    public static string WithCheckDigit(string firstNine) =>
        firstNine.Length == 9 && firstNine.All(char.IsAsciiDigit)
            ? firstNine + CheckDigit(firstNine)
            : throw new ArgumentException("Nine digits are needed.", nameof(firstNine));

    private static int CheckDigit(ReadOnlySpan<char> nine)
    {
        var sum = 0;
        for (var i = 0; i < 9; i++)
        {
            var shifted = (nine[i] - '0' + 9 - i) % 10;
            sum += shifted == 9 ? 9 : shifted * (1 << (9 - i)) % 9;
        }
        return (10 - sum % 10) % 10;
    }
}
