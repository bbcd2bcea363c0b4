using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace SupplierMeetups.Web.Platform.Email;

/// <summary>The one layout of the platform's e-mails: a greeting, paragraphs and one action link, as text and HTML.</summary>
public static class EmailLayout
{
    // Turkish letters stay letters in the HTML instead of numeric character references.
    private static readonly HtmlEncoder Html = HtmlEncoder.Create(UnicodeRanges.All);

    public static RenderedEmail Compose(string subject, string greeting, IReadOnlyList<string> paragraphs, string action, string link)
    {
        var text = $"{greeting}\n\n{string.Join("\n\n", paragraphs)}\n\n{action}: {link}\n";
        var html = $"""
            <!doctype html><html><body style="font-family:Arial,sans-serif;color:#1b2a3a">
            <p>{Html.Encode(greeting)}</p>{string.Concat(paragraphs.Select(p => $"<p>{Html.Encode(p)}</p>"))}
            <p><a href="{Html.Encode(link)}" style="background:#0b3d91;color:#fff;padding:10px 16px;text-decoration:none;border-radius:4px">{Html.Encode(action)}</a></p>
            <p style="font-size:12px;color:#667">{Html.Encode(link)}</p>
            </body></html>
            """;
        return new RenderedEmail(subject, text, html);
    }
}
