using System.Net.Mail;
using System.Text;
using System.Text.RegularExpressions;

namespace SupplierMeetups.IntegrationTests.Infrastructure;

/// <summary>Reads what the pickup folder holds: the decoded subject, recipient and text body of an .eml file.</summary>
public sealed partial record Eml(string To, string Subject, string Text, string Html, IReadOnlyList<(string Name, byte[] Content)> Attachments)
{
    public static Eml Read(string path)
    {
        var raw = File.ReadAllText(path);
        var headerEnd = raw.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        var headers = raw[..headerEnd];
        return new Eml(
            DecodeWords(Header(headers, "To")),
            DecodeWords(Header(headers, "Subject")),
            Part(raw, "text/plain"),
            Part(raw, "text/html"),
            AttachmentsOf(raw));
    }

    private static string Header(string headers, string name)
    {
        var match = Regex.Match(headers, $"^{name}: ([^\r\n]*(?:\r\n[ \t][^\r\n]*)*)", RegexOptions.Multiline);
        return match.Success ? Regex.Replace(match.Groups[1].Value, "\r\n[ \t]", " ") : "";
    }

    private static string DecodeWords(string value) =>
        EncodedWord().Replace(value, m => m.Groups[2].Value.Equals("B", StringComparison.OrdinalIgnoreCase)
            ? Encoding.UTF8.GetString(Convert.FromBase64String(m.Groups[3].Value))
            : DecodeQuotedPrintable(m.Groups[3].Value.Replace('_', ' '))).Replace("?= =?", "", StringComparison.Ordinal);

    private static string Part(string raw, string mediaType)
    {
        var start = raw.IndexOf($"Content-Type: {mediaType}", StringComparison.OrdinalIgnoreCase);
        if (start < 0) return "";
        var bodyStart = raw.IndexOf("\r\n\r\n", start, StringComparison.Ordinal) + 4;
        var partHeaders = raw[start..bodyStart];
        var bodyEnd = raw.IndexOf("\r\n--", bodyStart, StringComparison.Ordinal);
        var body = raw[bodyStart..(bodyEnd < 0 ? raw.Length : bodyEnd)];
        return partHeaders.Contains("base64", StringComparison.OrdinalIgnoreCase)
            ? Encoding.UTF8.GetString(Convert.FromBase64String(body.Replace("\r\n", "", StringComparison.Ordinal)))
            : partHeaders.Contains("quoted-printable", StringComparison.OrdinalIgnoreCase) ? DecodeQuotedPrintable(body) : body;
    }

    private static List<(string Name, byte[] Content)> AttachmentsOf(string raw)
    {
        var found = new List<(string, byte[])>();
        foreach (Match header in AttachmentHeader().Matches(raw))
        {
            var bodyStart = raw.IndexOf("\r\n\r\n", header.Index, StringComparison.Ordinal) + 4;
            var bodyEnd = raw.IndexOf("\r\n--", bodyStart, StringComparison.Ordinal);
            var body = raw[bodyStart..bodyEnd].Replace("\r\n", "", StringComparison.Ordinal);
            found.Add((header.Groups[1].Value, Convert.FromBase64String(body)));
        }
        return found;
    }

    private static string DecodeQuotedPrintable(string text)
    {
        var bytes = new List<byte>();
        var unfolded = text.Replace("=\r\n", "", StringComparison.Ordinal);
        for (var i = 0; i < unfolded.Length; i++)
        {
            if (unfolded[i] == '=' && i + 2 < unfolded.Length && Uri.IsHexDigit(unfolded[i + 1]) && Uri.IsHexDigit(unfolded[i + 2]))
            {
                bytes.Add(Convert.ToByte(unfolded.Substring(i + 1, 2), 16));
                i += 2;
            }
            else
            {
                bytes.AddRange(Encoding.UTF8.GetBytes(unfolded[i].ToString()));
            }
        }
        return Encoding.UTF8.GetString(bytes.ToArray());
    }

    [GeneratedRegex(@"Content-Type: (?:application/[^;\r\n]+|text/calendar); name=""?([^""\r\n;]+)""?")]
    private static partial Regex AttachmentHeader();

    [GeneratedRegex(@"=\?([^?]+)\?([BbQq])\?([^?]*)\?=")]
    private static partial Regex EncodedWord();
}
