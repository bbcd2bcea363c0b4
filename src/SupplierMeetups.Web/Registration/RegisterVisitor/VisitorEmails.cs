using Microsoft.Extensions.Localization;
using SupplierMeetups.Web.Platform.Email;
using SupplierMeetups.Web.Platform.Localization;

namespace SupplierMeetups.Web.Registration.RegisterVisitor;

/// <summary>The visitor's e-mails, in the visitor's language.</summary>
public sealed class VisitorEmails(IStringLocalizer<SharedResource> l, VisitorLinks links)
{
    public RenderedEmail Confirmation(Visitor visitor, string eventName) => LanguageOf.In(visitor.Language, () =>
    {
        var subject = l["Confirm your visit to {0}", eventName];
        var greeting = l["Hello {0},", visitor.FullName];
        var body = l["Thank you for registering to visit {0}. Please confirm your e-mail address; your badge is then prepared and you can print it from the same page. The page also lets you download or erase your personal data.", eventName];
        var action = l["Confirm and see my registration"];
        var link = links.PageUrl(visitor.Id);
        string[] paragraphs = visitor.KioskCode is { } code
            ? [body, l["At the venue, the self-service kiosk prints your badge: show it the attached QR code, or type your e-mail address and this code: {0}", KioskCodes.Display(code)]]
            : [body];
        return EmailLayout.Compose(subject, greeting, paragraphs, action, link);
    });
}
