namespace SupplierMeetups.Web.Registration;

/// <summary>NATO Commercial and Government Entity code: five characters, capital letters and digits (e.g. "T1234", "3A9X7").</summary>
public static class NcageCode
{
    public static string Normalize(string value) => value.Trim().ToUpperInvariant();

    public static bool IsValid(string? value) =>
        value is not null && Normalize(value) is { Length: 5 } code && code.All(c => char.IsAsciiDigit(c) || char.IsAsciiLetterUpper(c));
}
