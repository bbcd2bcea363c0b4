using Microsoft.Extensions.Localization;
using SupplierMeetups.Web.Exhibition.Booths;
using SupplierMeetups.Web.Platform.Email;
using SupplierMeetups.Web.Platform.Localization;

namespace SupplierMeetups.Web.Exhibition.AssignBooth;

/// <summary>The e-mail a firm gets when its booth is confirmed, in the contact person's language.</summary>
public sealed class BoothEmails(IStringLocalizer<SharedResource> l, EmailOptions options)
{
    public RenderedEmail Confirmed(string language, string contactName, string firmName, string eventName, Booth booth, Guid eventId) => LanguageOf.In(language, () =>
    {
        var subject = l["Your booth at {0}: {1}", eventName, booth.Code];
        var greeting = l["Hello {0},", contactName];
        var body = l["The booth {0} in {1} ({2} m²) is confirmed for {3}.", booth.Code, booth.HallName, booth.Area.ToString("0.##", LanguageOf.Culture(language)), firmName];
        var link = $"{options.PublicBaseUrl}/events/{eventId}/map?q={Uri.EscapeDataString(firmName)}";
        var action = l["See it on the exhibitor map"];
        return EmailLayout.Compose(subject, greeting, [body], action, link);
    });
}
