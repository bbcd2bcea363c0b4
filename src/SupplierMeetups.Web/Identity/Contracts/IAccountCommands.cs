namespace SupplierMeetups.Web.Identity.Contracts;

/// <summary>Why an account could not be made; <paramref name="AboutPassword"/> when the password is the reason.</summary>
public sealed record AccountError(bool AboutPassword, string Description);

/// <summary>The account, or why there is none.</summary>
public sealed record AccountResult(AccountInfo? Account, IReadOnlyList<AccountError> Errors)
{
    /// <summary>True when the account got the role just now (it did not hold it before).</summary>
    public bool RoleGranted { get; init; }
}

/// <summary>
/// What other modules do to accounts. The e-mails these owe are added to the caller's unit of work, saved with the caller's
/// next save; role and account changes are saved at once, inside the caller's transaction when it has one.
/// </summary>
public interface IAccountCommands
{
    /// <summary>A new firm contact with this password in the Supplier role, in the current language; its confirmation e-mail is queued.</summary>
    Task<AccountResult> CreateFirmContactAsync(string email, string fullName, string password, CancellationToken cancellationToken);

    /// <summary>The signed-in account as a firm contact: given the Supplier role unless it is a supplier or a prime already.</summary>
    Task<AccountInfo> MakeFirmContactAsync(Guid id, CancellationToken cancellationToken);

    /// <summary>
    /// The account of this address, or a new one without password that is sent a set-password link (e-mail kind
    /// <paramref name="invitationKind"/>); then given the role if it lacks it.
    /// </summary>
    Task<AccountResult> InviteAsync(string email, string fullName, string language, string role, string invitationKind, CancellationToken cancellationToken);

    /// <summary>The account can no longer sign in: renamed, no password, locked, no roles, a new security stamp (which ends its sessions).</summary>
    Task DisableAsync(Guid id, string erasedName, string erasedEmail, CancellationToken cancellationToken);

    /// <summary>The account of this address as it is, or a new confirmed one with this password and role (demo and test data).</summary>
    Task<AccountInfo> FindOrCreateConfirmedAsync(string email, string fullName, string role, string password, CancellationToken cancellationToken);

    /// <summary>Ends the current request's sign-in cookie.</summary>
    Task SignOutAsync();
}
