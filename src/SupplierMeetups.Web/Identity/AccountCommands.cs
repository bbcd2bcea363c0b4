using System.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;
using SupplierMeetups.Web.Identity.Contracts;
using SupplierMeetups.Web.Platform.Email;
using SupplierMeetups.Web.Platform.Localization;
using SupplierMeetups.Web.Platform.Security;

namespace SupplierMeetups.Web.Identity;

internal sealed class AccountCommands(UserManager<AppUser> users, SignInManager<AppUser> signIn, AccountService accounts, EmailOutbox outbox, AccountEmails emails)
    : IAccountCommands
{
    public async Task<AccountResult> CreateFirmContactAsync(string email, string fullName, string password, CancellationToken cancellationToken)
    {
        var contact = new AppUser
        {
            UserName = email.Trim(),
            Email = email.Trim(),
            FullName = fullName.Trim(),
            PreferredLanguage = LanguageOf.Current,
        };
        var result = await users.CreateAsync(contact, password);
        if (result.Succeeded)
        {
            result = await users.AddToRoleAsync(contact, Roles.Supplier);
        }
        if (!result.Succeeded)
        {
            return Failed(result);
        }
        await accounts.QueueConfirmationAsync(contact);
        return new AccountResult(AccountQueries.InfoOf(contact), []);
    }

    public async Task<AccountInfo> MakeFirmContactAsync(Guid id, CancellationToken cancellationToken)
    {
        var contact = await users.FindByIdAsync(id.ToString()) ?? throw new InvalidOperationException("The signed-in account is gone.");
        if (!await users.IsInRoleAsync(contact, Roles.Supplier) && !await users.IsInRoleAsync(contact, Roles.Prime))
        {
            await users.AddToRoleAsync(contact, Roles.Supplier);
        }
        return AccountQueries.InfoOf(contact);
    }

    public async Task<AccountResult> InviteAsync(string email, string fullName, string language, string role, string invitationKind, CancellationToken cancellationToken)
    {
        var contact = await users.FindByEmailAsync(email.Trim());
        var result = IdentityResult.Success;
        if (contact is null)
        {
            contact = new AppUser { UserName = email.Trim(), Email = email.Trim(), FullName = fullName.Trim(), PreferredLanguage = language == "en" ? "en" : "tr" };
            result = await users.CreateAsync(contact);
            if (result.Succeeded)
            {
                var code = WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(await users.GeneratePasswordResetTokenAsync(contact)));
                outbox.Add(contact.Email!, contact.FullName, emails.PasswordReset(contact, code), invitationKind);
            }
        }
        var granted = false;
        if (result.Succeeded && !await users.IsInRoleAsync(contact, role))
        {
            granted = true;
            result = await users.AddToRoleAsync(contact, role);
        }
        return result.Succeeded ? new AccountResult(AccountQueries.InfoOf(contact), []) { RoleGranted = granted } : Failed(result);
    }

    public async Task DisableAsync(Guid id, string erasedName, string erasedEmail, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(id.ToString()) ?? throw new InvalidOperationException("The account to disable is gone.");
        user.FullName = erasedName;
        user.Email = user.UserName = erasedEmail;
        user.EmailConfirmed = false;
        user.PhoneNumber = null;
        user.PasswordHash = null;
        user.LockoutEnabled = true;
        user.LockoutEnd = DateTimeOffset.MaxValue;
        Succeeded(await users.RemoveFromRolesAsync(user, await users.GetRolesAsync(user)));
        // A new stamp ends the cookies and refresh tokens already handed out.
        Succeeded(await users.UpdateSecurityStampAsync(user));
    }

    public async Task<AccountInfo> FindOrCreateConfirmedAsync(string email, string fullName, string role, string password, CancellationToken cancellationToken)
    {
        if (await users.FindByEmailAsync(email) is { } existing)
        {
            return AccountQueries.InfoOf(existing);
        }
        var user = new AppUser { UserName = email, Email = email, EmailConfirmed = true, FullName = fullName, PreferredLanguage = "tr" };
        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded)
        {
            throw new InvalidOperationException($"Account {email}: " + string.Join("; ", created.Errors.Select(e => e.Description)));
        }
        await users.AddToRoleAsync(user, role);
        return AccountQueries.InfoOf(user);
    }

    public Task SignOutAsync() => signIn.SignOutAsync();

    private static AccountResult Failed(IdentityResult result) =>
        new(null, result.Errors.Select(e => new AccountError(e.Code.Contains("Password", StringComparison.Ordinal), e.Description)).ToList());

    private static void Succeeded(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"Erasing the account failed: {string.Join("; ", result.Errors.Select(e => e.Code))}");
        }
    }
}
