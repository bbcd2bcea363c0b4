using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.Extensions.Localization;
using SupplierMeetups.Web.Platform.Email;
using SupplierMeetups.Web.Platform.Localization;

namespace SupplierMeetups.Web.Registration.RegisterVisitor;

/// <summary>The visitor's e-mails, in the visitor's language.</summary>
public sealed class VisitorEmails(IStringLocalizer<SharedResource> l, VisitorLinks links)
{
    public const string ConfirmationKind = "visitor-confirmation";

    private static readonly HtmlEncoder Html = HtmlEncoder.Create(UnicodeRanges.All);

    public RenderedEmail Confirmation(Visitor visitor, string eventName) => LanguageOf.In(visitor.Language, () =>
    {
        var subject = l["Confirm your visit to {0}", eventName];
        var greeting = l["Hello {0},", visitor.FullName];
        var body = l["Thank you for registering to visit {0}. Please confirm your e-mail address; your badge is then prepared and you can print it from the same page. The page also lets you download or erase your personal data.", eventName];
        var action = l["Confirm and see my registration"];
        var link = links.PageUrl(visitor.Id);
        var text = $"{greeting}\n\n{body}\n\n{action}: {link}\n";
        var html = $"""
            <!doctype html><html><body style="font-family:Arial,sans-serif;color:#1b2a3a">
            <p>{Html.Encode(greeting)}</p><p>{Html.Encode(body)}</p>
            <p><a href="{Html.Encode(link)}" style="background:#0b3d91;color:#fff;padding:10px 16px;text-decoration:none;border-radius:4px">{Html.Encode(action)}</a></p>
            <p style="font-size:12px;color:#667">{Html.Encode(link)}</p>
            </body></html>
            """;
        return new RenderedEmail(subject, text, html);
    });
}
