using System.Collections.Frozen;
using Microsoft.AspNetCore.Identity;

namespace SupplierMeetups.Web.Identity.Passwords;

/// <summary>Refuses passwords from the shipped list of common ones, whatever their case: attackers try those first.</summary>
internal sealed class CommonPasswordValidator : IPasswordValidator<AppUser>
{
    public const string Code = "PasswordTooCommon";

    private static readonly Lazy<FrozenSet<string>> Common = new(Load);

    public static bool IsCommon(string password) => Common.Value.Contains(password.Trim().ToLowerInvariant());

    public Task<IdentityResult> ValidateAsync(UserManager<AppUser> manager, AppUser user, string? password) =>
        Task.FromResult(password is not null && IsCommon(password)
            ? IdentityResult.Failed(((LocalizedIdentityErrorDescriber)manager.ErrorDescriber).PasswordTooCommon())
            : IdentityResult.Success);

    private static FrozenSet<string> Load()
    {
        using var stream = typeof(CommonPasswordValidator).Assembly.GetManifestResourceStream("SupplierMeetups.Web.CommonPasswords.txt")
            ?? throw new InvalidOperationException("The list of common passwords is not embedded.");
        using var reader = new StreamReader(stream);
        var words = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0)
            {
                words.Add(line.ToLowerInvariant());
            }
        }
        return words.ToFrozenSet(StringComparer.Ordinal);
    }
}
