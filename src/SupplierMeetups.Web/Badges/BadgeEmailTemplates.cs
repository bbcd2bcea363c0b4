using Microsoft.Extensions.Localization;
using SupplierMeetups.Web.Platform.Email;
using SupplierMeetups.Web.Platform.Email.Templates;

namespace SupplierMeetups.Web.Badges;

internal sealed class BadgeEmailTemplates(IStringLocalizer<SharedResource> l) : IEmailTemplateSource
{
    public IEnumerable<EmailTemplate> Templates() =>
    [
        new(EmailKind.Badge, l["Badge"], l["When a badge is issued: to a visitor who confirmed the address, to a firm's representatives when the firm is approved, to people the organizers add."], [l["The badge (PDF)"]],
            (services, language) => services.GetRequiredService<BadgeIssuer>().Render(new Badge { Id = EmailExamples.ReferenceId, PersonName = EmailExamples.PersonName, Organization = EmailExamples.Firm }, EmailExamples.EventName(language), language)),
    ];
}
