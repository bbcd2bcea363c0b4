using Quartz;

namespace SupplierMeetups.Web.Matchmaking.ExpireRequests;

/// <summary>Every five minutes; on a cluster one instance runs it at a time, and the mark on each request makes a rerun harmless.</summary>
[DisallowConcurrentExecution]
internal sealed class RequestExpiryJob(RequestExpiries expiries, TimeProvider clock) : IJob
{
    public static readonly JobKey Key = new("request-expiries", "matchmaking");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) =>
        await expiries.NotifyExpiredAsync(clock.GetUtcNow(), cancellationToken);
}
