using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.WebUtilities;
using SupplierMeetups.Web.Platform.Email;

namespace SupplierMeetups.Web.Registration.RegisterVisitor;

/// <summary>
/// The signed link a visitor receives by e-mail: it confirms the address and is their key to their registration,
/// their data export and erasure, without an account.
/// </summary>
public sealed class VisitorLinks(IDataProtectionProvider provider, EmailOptions email)
{
    private readonly IDataProtector _protector = provider.CreateProtector("SupplierMeetups.Registration.VisitorLink.v1");

    public string TokenFor(Guid visitorId) => WebEncoders.Base64UrlEncode(_protector.Protect(visitorId.ToByteArray()));

    public Guid? VisitorOf(string? token)
    {
        if (string.IsNullOrWhiteSpace(token))
        {
            return null;
        }
        try
        {
            return new Guid(_protector.Unprotect(WebEncoders.Base64UrlDecode(token)));
        }
        catch (Exception e) when (e is System.Security.Cryptography.CryptographicException or FormatException or ArgumentException)
        {
            return null;
        }
    }

    public string PagePath(Guid visitorId) => $"/visit/me?token={TokenFor(visitorId)}";

    public string PageUrl(Guid visitorId) => email.PublicBaseUrl + PagePath(visitorId);
}
