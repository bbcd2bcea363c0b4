using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;
using SupplierMeetups.Web.Platform.Localization;

namespace SupplierMeetups.Web.Identity;

/// <summary>Identity's messages in the user's language.</summary>
internal sealed class LocalizedIdentityErrorDescriber(IStringLocalizer<SharedResource> l) : IdentityErrorDescriber
{
    public override IdentityError DuplicateEmail(string email) => Error(nameof(DuplicateEmail), l["The e-mail address {0} is already registered.", email]);
    public override IdentityError DuplicateUserName(string userName) => Error(nameof(DuplicateUserName), l["The e-mail address {0} is already registered.", userName]);
    public override IdentityError InvalidEmail(string? email) => Error(nameof(InvalidEmail), l["The e-mail address {0} is not valid.", email ?? ""]);
    public override IdentityError PasswordTooShort(int length) => Error(nameof(PasswordTooShort), l["The password must be at least {0} characters long.", length]);
    public override IdentityError PasswordRequiresDigit() => Error(nameof(PasswordRequiresDigit), l["The password must contain a digit."]);
    public override IdentityError PasswordRequiresLower() => Error(nameof(PasswordRequiresLower), l["The password must contain a lower-case letter."]);
    public override IdentityError PasswordRequiresUpper() => Error(nameof(PasswordRequiresUpper), l["The password must contain an upper-case letter."]);
    public override IdentityError PasswordRequiresNonAlphanumeric() => Error(nameof(PasswordRequiresNonAlphanumeric), l["The password must contain a symbol such as ! or *."]);
    public IdentityError PasswordTooCommon() => Error(Passwords.CommonPasswordValidator.Code, l["This password is one of the most common ones and easy to guess: please choose another."]);
    public override IdentityError InvalidToken() => Error(nameof(InvalidToken), l["This link is invalid or has expired."]);

    private static IdentityError Error(string code, string description) => new() { Code = code, Description = description };
}
