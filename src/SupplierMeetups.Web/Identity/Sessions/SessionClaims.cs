namespace SupplierMeetups.Web.Identity.Sessions;

/// <summary>Claims that tie a bearer token to its refresh token and its sign-in (family); both tokens carry them.</summary>
internal static class SessionClaims
{
    public const string RefreshTokenId = "sm:rt";
    public const string FamilyId = "sm:rf";
}
