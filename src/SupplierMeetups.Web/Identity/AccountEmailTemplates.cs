using Microsoft.Extensions.Localization;
using SupplierMeetups.Web.Platform.Email;
using SupplierMeetups.Web.Platform.Email.Templates;

namespace SupplierMeetups.Web.Identity;

internal sealed class AccountEmailTemplates(IStringLocalizer<SharedResource> l) : IEmailTemplateSource
{
    public IEnumerable<EmailTemplate> Templates() =>
    [
        new(EmailKind.AccountConfirmation, l["Account confirmation"], l["When someone creates an account, to confirm the e-mail address."], [],
            (services, language) => Emails(services).Confirmation(Example(language), EmailExamples.ReferenceId.ToString(), "CODE")),
        new(EmailKind.PasswordReset, l["Set a password"], l["When someone forgets their password, or the first organizer is set up."], [],
            (services, language) => Emails(services).PasswordReset(Example(language), "CODE")),
        new(EmailKind.PrimeInvitation, l["Prime contractor invitation"], l["When an organizer invites a prime contractor: its contact sets a password with the link."], [],
            (services, language) => Emails(services).PasswordReset(Example(language), "CODE")),
        new(EmailKind.AccountExists, l["Account already exists"], l["When someone tries to create an account with an address that already has one."], [],
            (services, language) => Emails(services).AccountExists(Example(language))),
    ];

    private static AccountEmails Emails(IServiceProvider services) => services.GetRequiredService<AccountEmails>();

    private static AppUser Example(string language) =>
        new() { FullName = EmailExamples.PersonName, Email = EmailExamples.PersonEmail, PreferredLanguage = language };
}
