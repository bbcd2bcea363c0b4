namespace SupplierMeetups.Web.Platform.Http.Input;

/// <summary>
/// The one rule for text that people and programs send: no C0 control characters (NUL, CR, LF, ESC …) nor DEL in
/// single-line text; text areas allow line breaks and tabs, nothing else. NUL never reaches the database, CR and LF
/// never reach a header, a file name or an e-mail.
/// </summary>
public static class ControlCharacters
{
    public static bool IsAllowed(string? text, bool multiline)
    {
        if (text is null)
        {
            return true;
        }
        foreach (var c in text)
        {
            if (IsControl(c) && !(multiline && c is '\r' or '\n' or '\t'))
            {
                return false;
            }
        }
        return true;
    }

    private static bool IsControl(char c) => c < ' ' || c == '\u007f';
}
