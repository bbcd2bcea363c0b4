using Microsoft.Extensions.Localization;
using SupplierMeetups.Web.Events.Contracts;
using SupplierMeetups.Web.Identity.Contracts;
using SupplierMeetups.Web.Platform.Email;
using SupplierMeetups.Web.Platform.Localization;

namespace SupplierMeetups.Web.Registration.ReviewFirms;

/// <summary>The organizers' decision on a firm's registration, written in the contact's language.</summary>
public sealed class RegistrationEmails(IStringLocalizer<SharedResource> l, EmailOptions options)
{
    public RenderedEmail Approved(AccountInfo contact, Firm firm, EventInfo e) => LanguageOf.In(contact.PreferredLanguage, () => Render(
        l["{0} is approved for {1}", firm.ShortName, e.Name(contact.PreferredLanguage)],
        l["Hello {0},", contact.FullName],
        [l["The organizers approved the registration of {0} for {1}.", firm.ShortName, e.Name(contact.PreferredLanguage)], l["You can now name your representatives and prepare your meetings."]]));

    public RenderedEmail Rejected(AccountInfo contact, Firm firm, EventInfo e, string reason) => LanguageOf.In(contact.PreferredLanguage, () => Render(
        l["{0} is not approved for {1}", firm.ShortName, e.Name(contact.PreferredLanguage)],
        l["Hello {0},", contact.FullName],
        [l["The organizers did not approve the registration of {0} for {1}.", firm.ShortName, e.Name(contact.PreferredLanguage)], l["Reason: {0}", reason]]));

    private RenderedEmail Render(string subject, string greeting, string[] paragraphs)
    {
        var link = $"{options.PublicBaseUrl}/my/firm";
        var action = l["My firm"];
        return EmailLayout.Compose(subject, greeting, paragraphs, action, link);
    }
}
