namespace SupplierMeetups.Web.Platform.RateLimiting;

/// <summary>How many attempts one client address (or, for reset e-mails, one mailbox) gets per window.</summary>
public sealed class RateLimitRule
{
    public int PermitLimit { get; set; }
    public int WindowSeconds { get; set; }

    public TimeSpan Window => TimeSpan.FromSeconds(WindowSeconds);
}

/// <summary>
/// The limits (configuration section <c>RateLimits</c>). The defaults allow a venue's shared Wi-Fi address a
/// busy fair morning and refuse a script.
/// </summary>
public sealed class RateLimitOptions
{
    public const string Section = "RateLimits";

    /// <summary>The rules' names, as they stand in configuration (<c>RateLimits:{name}:PermitLimit</c>).</summary>
    public static IReadOnlyList<string> RuleNames { get; } =
        typeof(RateLimitOptions).GetProperties().Where(p => p.PropertyType == typeof(RateLimitRule)).Select(p => p.Name).ToArray();

    public RateLimitRule SignIn { get; set; } = new() { PermitLimit = 30, WindowSeconds = 300 };
    public RateLimitRule Registration { get; set; } = new() { PermitLimit = 20, WindowSeconds = 3600 };
    public RateLimitRule PasswordReset { get; set; } = new() { PermitLimit = 10, WindowSeconds = 900 };
    public RateLimitRule PasswordResetPerMailbox { get; set; } = new() { PermitLimit = 3, WindowSeconds = 3600 };
    public RateLimitRule VisitorSignUp { get; set; } = new() { PermitLimit = 60, WindowSeconds = 600 };
    public RateLimitRule MeetingRequests { get; set; } = new() { PermitLimit = 60, WindowSeconds = 600 };
    public RateLimitRule Email { get; set; } = new() { PermitLimit = 100, WindowSeconds = 600 };
}
