using Hangfire;

namespace SupplierMeetups.Web.Matchmaking.ExpireRequests;

/// <summary>Every five minutes; one instance runs each occurrence, and the mark on each request makes a rerun harmless.</summary>
internal sealed class RequestExpiryJob(RequestExpiries expiries, TimeProvider clock)
{
    public const string Id = "request-expiries";

    [AutomaticRetry(Attempts = 0)] // the next occurrence tries again
    public Task RunAsync(CancellationToken cancellationToken) =>
        expiries.NotifyExpiredAsync(clock.GetUtcNow(), cancellationToken);
}
