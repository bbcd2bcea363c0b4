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

    public RenderedEmail AccountExists(AppUser user) => LanguageOf.In(user.PreferredLanguage, () =>
        Render(
            l["You already have an account"],
            l["Hello {0},", user.FullName],
            l["Someone tried to create a SupplierMeetups account with this e-mail address, which already has one. If it was you, sign in, or set a new password if you forgot it. If it was not you, ignore this e-mail."],
            l["Set a new password"],
            $"{options.PublicBaseUrl}/account/forgot-password"));

    private static RenderedEmail Render(string subject, string greeting, string body, string action, string link) =>
        EmailLayout.Compose(subject, greeting, [body], action, link);
}
