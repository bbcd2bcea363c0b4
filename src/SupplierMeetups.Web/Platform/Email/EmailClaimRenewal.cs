using Microsoft.EntityFrameworkCore;
using SupplierMeetups.Web.Platform.Persistence;

namespace SupplierMeetups.Web.Platform.Email;

/// <summary>
/// Keeps extending the claim on an e-mail while it is being sent, so that claims can be short (a dead instance's
/// e-mails are taken over within seconds) and still never expire under a slow send.
/// </summary>
internal sealed class EmailClaimRenewal(IServiceScopeFactory scopes, EmailOptions options, TimeProvider clock, ILogger<EmailClaimRenewal> logger)
{
    public IAsyncDisposable Keep(Guid emailId)
    {
        var stop = new CancellationTokenSource();
        var period = TimeSpan.FromSeconds(Math.Max(0.5, options.ClaimSeconds / 3.0));
        var loop = RenewAsync(emailId, period, stop.Token);
        return new Renewal(stop, loop);
    }

    private async Task RenewAsync(Guid emailId, TimeSpan period, CancellationToken stop)
    {
        using var timer = new PeriodicTimer(period, clock);
        try
        {
            while (await timer.WaitForNextTickAsync(stop))
            {
                await using var scope = scopes.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
                var until = clock.GetUtcNow() + TimeSpan.FromSeconds(options.ClaimSeconds);
                await db.Set<OutgoingEmail>().Where(e => e.Id == emailId && e.SentAt == null && e.ClaimedUntil != null)
                    .ExecuteUpdateAsync(s => s.SetProperty(e => e.ClaimedUntil, until), stop);
            }
        }
        catch (OperationCanceledException)
        {
        }
        catch (Exception ex)
        {
            logger.LogWarning(ex, "Could not renew the claim on e-mail {EmailId}", emailId);
        }
    }

    private sealed class Renewal(CancellationTokenSource stop, Task loop) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await stop.CancelAsync();
            await loop;
            stop.Dispose();
        }
    }
}
