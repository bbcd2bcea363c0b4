using Microsoft.AspNetCore.DataProtection;

namespace SupplierMeetups.Web.Registration.RegisterVisitor;

/// <summary>Encrypts visitors' identity numbers at rest with the platform's Data Protection keys.</summary>
public sealed class IdentityNumberProtector(IDataProtectionProvider provider)
{
    private readonly IDataProtector _protector = provider.CreateProtector("SupplierMeetups.Registration.VisitorIdentityNumber.v1");

    public string Protect(string identityNumber) => _protector.Protect(identityNumber);

    public string? Unprotect(string? protectedValue)
    {
        if (protectedValue is null)
        {
            return null;
        }
        try
        {
            return _protector.Unprotect(protectedValue);
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            return null;
        }
    }
}
