using System.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;
using SupplierMeetups.Web.Platform.Email;
using SupplierMeetups.Web.Platform.Persistence;

namespace SupplierMeetups.Web.Identity;

public sealed record NewAccount(string Email, string Password, string FullName, string Language);

/// <summary>Account use cases shared by the pages and the API. Each writes the e-mail it owes in the same transaction.</summary>
public sealed class AccountService(UserManager<AppUser> users, AppDbContext db, EmailOutbox outbox, AccountEmails emails)
{
    /// <summary>
    /// Creates the account and queues its confirmation. A taken address answers the same success (User null) and
    /// e-mails its owner instead, so that registration cannot tell anyone which addresses have accounts.
    /// </summary>
    public async Task<(IdentityResult Result, AppUser? User)> RegisterAsync(NewAccount input, string role, CancellationToken cancellationToken)
    {
        var user = new AppUser
        {
            UserName = input.Email.Trim(),
            Email = input.Email.Trim(),
            FullName = input.FullName.Trim(),
            PreferredLanguage = input.Language == "en" ? "en" : "tr",
        };
        var password = await ValidatePasswordAsync(user, input.Password);
        if (!password.Succeeded)
        {
            return (password, null);
        }
        if (await users.FindByEmailAsync(user.Email) is { } owner)
        {
            outbox.Add(owner.Email!, owner.FullName, emails.AccountExists(owner), EmailKind.AccountExists, owner.PreferredLanguage);
            await db.SaveChangesAsync(cancellationToken);
            return (IdentityResult.Success, null);
        }
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var result = await users.CreateAsync(user, input.Password);
        if (result.Succeeded)
        {
            result = await users.AddToRoleAsync(user, role);
        }
        if (!result.Succeeded)
        {
            await transaction.RollbackAsync(cancellationToken);
            return (result, null);
        }
        await QueueConfirmationAsync(user);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return (result, user);
    }

    private async Task<IdentityResult> ValidatePasswordAsync(AppUser user, string password)
    {
        var errors = new List<IdentityError>();
        foreach (var validator in users.PasswordValidators)
        {
            errors.AddRange((await validator.ValidateAsync(users, user, password)).Errors);
        }
        return errors.Count == 0 ? IdentityResult.Success : IdentityResult.Failed([.. errors]);
    }

    public async Task QueueConfirmationAsync(AppUser user)
    {
        var code = Encode(await users.GenerateEmailConfirmationTokenAsync(user));
        outbox.Add(user.Email!, user.FullName, emails.Confirmation(user, user.Id.ToString(), code), EmailKind.AccountConfirmation, user.PreferredLanguage);
    }

    public async Task SendPasswordResetAsync(AppUser user, CancellationToken cancellationToken)
    {
        var code = Encode(await users.GeneratePasswordResetTokenAsync(user));
        outbox.Add(user.Email!, user.FullName, emails.PasswordReset(user, code), EmailKind.PasswordReset, user.PreferredLanguage);
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task<IdentityResult> ConfirmEmailAsync(string userId, string code)
    {
        // A mangled link must read as an invalid link, not as an error: the store would throw on an id that is not a Guid.
        var user = Guid.TryParse(userId, out var id) ? await users.FindByIdAsync(id.ToString()) : null;
        return user is null || Decode(code) is not { } token
            ? IdentityResult.Failed(users.ErrorDescriber.InvalidToken())
            : await users.ConfirmEmailAsync(user, token);
    }

    public async Task<IdentityResult> ResetPasswordAsync(string email, string code, string newPassword)
    {
        var user = await users.FindByEmailAsync(email);
        if (user is null || Decode(code) is not { } token)
        {
            return IdentityResult.Failed(users.ErrorDescriber.InvalidToken());
        }
        var result = await users.ResetPasswordAsync(user, token, newPassword);
        if (result.Succeeded && !user.EmailConfirmed)
        {
            // The reset link reached the mailbox, which proves the address as well as a confirmation would.
            user.EmailConfirmed = true;
            await users.UpdateAsync(user);
        }
        return result;
    }

    private static string Encode(string token) => WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(token));

    private static string? Decode(string code)
    {
        try
        {
            return Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(code));
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
