using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.Extensions.Localization;
using SupplierMeetups.Web.Platform.Email;
using SupplierMeetups.Web.Platform.Localization;

namespace SupplierMeetups.Web.Identity;

/// <summary>The account e-mails, written in the recipient's language.</summary>
public sealed class AccountEmails(IStringLocalizer<SharedResource> l, EmailOptions options)
{
    public RenderedEmail Confirmation(AppUser user, string userId, string code) => LanguageOf.In(user.PreferredLanguage, () =>
        Render(
            l["Confirm your e-mail address"],
            l["Hello {0},", user.FullName],
            l["Please confirm your e-mail address to complete your SupplierMeetups registration."],
            l["Confirm e-mail address"],
            $"{options.PublicBaseUrl}/account/confirm-email?userId={Uri.EscapeDataString(userId)}&code={Uri.EscapeDataString(code)}"));

    public RenderedEmail PasswordReset(AppUser user, string code) => LanguageOf.In(user.PreferredLanguage, () =>
        Render(
            l["Set your password"],
            l["Hello {0},", user.FullName],
            l["Use the link below to set a new password for your SupplierMeetups account. If you did not ask for this, ignore this e-mail."],
            l["Set password"],
            $"{options.PublicBaseUrl}/account/reset-password?email={Uri.EscapeDataString(user.Email!)}&code={Uri.EscapeDataString(code)}"));

    // Turkish letters stay letters in the HTML instead of numeric character references.
    private static readonly HtmlEncoder Html = HtmlEncoder.Create(UnicodeRanges.All);

    private static RenderedEmail Render(string subject, string greeting, string body, string action, string link)
    {
        var text = $"{greeting}\n\n{body}\n\n{action}: {link}\n";
        var h = Html;
        var html = $"""
            <!doctype html><html><body style="font-family:Arial,sans-serif;color:#1b2a3a">
            <p>{h.Encode(greeting)}</p><p>{h.Encode(body)}</p>
            <p><a href="{h.Encode(link)}" style="background:#0b3d91;color:#fff;padding:10px 16px;text-decoration:none;border-radius:4px">{h.Encode(action)}</a></p>
            <p style="font-size:12px;color:#667">{h.Encode(link)}</p>
            </body></html>
            """;
        return new RenderedEmail(subject, text, html);
    }
}
