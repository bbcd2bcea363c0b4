using Microsoft.Extensions.Localization;
using SupplierMeetups.Web.Events.Contracts;
using SupplierMeetups.Web.Identity.Contracts;
using SupplierMeetups.Web.Platform.Email;
using SupplierMeetups.Web.Platform.Email.Templates;
using SupplierMeetups.Web.Registration.RegisterVisitor;
using SupplierMeetups.Web.Registration.ReviewFirms;

namespace SupplierMeetups.Web.Registration;

internal sealed class RegistrationEmailTemplates(IStringLocalizer<SharedResource> l) : IEmailTemplateSource
{
    public IEnumerable<EmailTemplate> Templates() =>
    [
        new(EmailKind.FirmApproved, l["Firm approved"], l["When an organizer approves a firm's registration; to the firm's contact."], [],
            (services, language) => services.GetRequiredService<RegistrationEmails>().Approved(Contact(language), ExampleFirm(), ExampleEvent())),
        new(EmailKind.FirmRejected, l["Firm not approved"], l["When an organizer rejects a firm's registration, with the organizer's reason; to the firm's contact."], [],
            (services, language) => services.GetRequiredService<RegistrationEmails>().Rejected(Contact(language), ExampleFirm(), ExampleEvent(), EmailExamples.Reason(language))),
        new(EmailKind.VisitorConfirmation, l["Visitor registration"], l["When a visitor registers: the link to confirm the address, after which the badge is sent."], [l["The QR code for the kiosk (PNG)"]],
            (services, language) => services.GetRequiredService<VisitorEmails>().Confirmation(new Visitor { Id = EmailExamples.ReferenceId, FullName = EmailExamples.PersonName, Language = language, KioskCode = "K7M2PQ4X" }, EmailExamples.EventName(language))),
    ];

    private static AccountInfo Contact(string language) =>
        new(EmailExamples.ReferenceId, EmailExamples.PersonEmail, null, EmailExamples.PersonName, language, null, true);

    private static Firm ExampleFirm() => new() { ShortName = EmailExamples.Firm, LegalName = EmailExamples.FirmLegalName };

    private static EventInfo ExampleEvent() =>
        new(EmailExamples.EventId, EmailExamples.EventName("tr"), EmailExamples.EventName("en"), "", "", "", "", default, default, "Europe/Istanbul", [], [], [], []);
}
