using System.Security.Claims;

namespace SupplierMeetups.Web.Platform.Security;

/// <summary>The one place that reads the signed-in account's id from its claims (cookie or bearer).</summary>
public static class SignedInUser
{
    /// <returns>The account id, or null when there is none or it is not a Guid.</returns>
    public static Guid? IdOf(ClaimsPrincipal user) =>
        Guid.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null;

    /// <summary>The claim that names an account, for principals built by the app itself (an API key acts for its issuer).</summary>
    public static Claim ClaimOf(Guid userId) => new(ClaimTypes.NameIdentifier, userId.ToString());
}
