namespace SupplierMeetups.Web.Platform.RateLimiting;

/// <summary>Names for <c>[EnableRateLimiting(...)]</c>; each counts per client address.</summary>
public static class RateLimitPolicies
{
    public const string SignIn = "sign-in";
    public const string Registration = "registration";
    public const string PasswordReset = "password-reset";
    public const string VisitorSignUp = "visitor-sign-up";
    public const string MeetingRequests = "meeting-requests";
    /// <summary>Anything else that makes the platform send an e-mail.</summary>
    public const string Email = "e-mail";
}
