using Microsoft.EntityFrameworkCore;
using SupplierMeetups.Web.Matchmaking.RequestMeeting;
using SupplierMeetups.Web.Platform.Persistence;

namespace SupplierMeetups.Web.Matchmaking.ExpireRequests;

/// <summary>
/// Tells both firms of each pending request that ran past its expiry, once. A request still acts as expired the moment
/// its time passes (computed when read); this only owes the e-mails.
/// </summary>
public sealed class RequestExpiries(AppDbContext db, MeetingRequestNotices notices)
{
    private const int BatchSize = 200;

    /// <returns>How many expired requests this run told the firms about.</returns>
    public async Task<int> NotifyExpiredAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var told = 0;
        while (true)
        {
            var due = await db.Set<MeetingRequest>().AsNoTracking()
                .Where(r => r.Status == RequestStatus.Pending && r.ExpiresAt <= now && r.ExpiryNotifiedAt == null)
                .OrderBy(r => r.ExpiresAt).Take(BatchSize).ToListAsync(cancellationToken);
            foreach (var request in due)
            {
                told += await NotifyAsync(request, now, cancellationToken) ? 1 : 0;
            }
            if (due.Count < BatchSize)
            {
                return told;
            }
        }
    }

    /// <summary>
    /// The conditional update is the guard: of two runs (a rerun, or another instance) only the one whose update
    /// changed the row adds the e-mails, and the mark and the e-mails commit together or not at all.
    /// </summary>
    private async Task<bool> NotifyAsync(MeetingRequest request, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var marked = await db.Set<MeetingRequest>()
            .Where(r => r.Id == request.Id && r.Status == RequestStatus.Pending && r.ExpiryNotifiedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.ExpiryNotifiedAt, now), cancellationToken);
        if (marked == 0)
        {
            return false;
        }
        await notices.AddExpiredAsync(request, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }
}
