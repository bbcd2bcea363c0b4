using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace SupplierMeetups.Web.Platform.RateLimiting;

/// <summary>Limits e-mails to one mailbox whatever address asks for them, so nobody floods someone else's inbox.</summary>
public sealed class MailboxRateLimiter : IDisposable
{
    private readonly PartitionedRateLimiter<string> _limiter;

    public MailboxRateLimiter(IOptions<RateLimitOptions> options)
    {
        var rule = options.Value.PasswordResetPerMailbox;
        _limiter = PartitionedRateLimiter.Create<string, string>(mailbox => RateLimitPartition.GetFixedWindowLimiter(mailbox, _ =>
            new FixedWindowRateLimiterOptions { PermitLimit = rule.PermitLimit, Window = rule.Window, QueueLimit = 0 }));
    }

    /// <returns>Null when allowed, otherwise how long to wait.</returns>
    public TimeSpan? TryAcquire(string mailbox)
    {
        using var lease = _limiter.AttemptAcquire(mailbox.Trim().ToUpperInvariant());
        if (lease.IsAcquired)
        {
            return null;
        }
        return lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : TimeSpan.FromMinutes(1);
    }

    public void Dispose() => _limiter.Dispose();
}
