using Microsoft.Extensions.Localization;
using SupplierMeetups.Web.Exhibition.AssignBooth;
using SupplierMeetups.Web.Exhibition.Booths;
using SupplierMeetups.Web.Platform.Email;
using SupplierMeetups.Web.Platform.Email.Templates;

namespace SupplierMeetups.Web.Exhibition;

internal sealed class BoothEmailTemplates(IStringLocalizer<SharedResource> l) : IEmailTemplateSource
{
    public IEnumerable<EmailTemplate> Templates() =>
    [
        new(EmailKind.BoothConfirmed, l["Booth confirmed"], l["When the organizers confirm an exhibitor's booth; to the firm's contact."], [],
            (services, language) => services.GetRequiredService<BoothEmails>().Confirmed(language, EmailExamples.PersonName, EmailExamples.Firm, EmailExamples.EventName(language),
                new Booth { Code = "A-12", HallName = "A Salonu", Width = 3, Depth = 3 }, EmailExamples.EventId)),
    ];
}
