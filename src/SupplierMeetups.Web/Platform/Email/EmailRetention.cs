using Microsoft.EntityFrameworkCore;
using SupplierMeetups.Web.Platform.Persistence;

namespace SupplierMeetups.Web.Platform.Email;

/// <summary>
/// Keeps the bodies of sent and given-up e-mails for <see cref="EmailOptions.RetentionDays"/> days, then blanks them; the rows
/// stay (kind, recipient, times, status) so that counts and the operations page still add up. Meant to run periodically.
/// </summary>
public sealed class EmailRetention(AppDbContext db, EmailOptions options, TimeProvider clock)
{
    /// <returns>How many e-mails lost their bodies.</returns>
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var cutoff = clock.GetUtcNow() - TimeSpan.FromDays(options.RetentionDays);
        return await db.Set<OutgoingEmail>()
            .Where(e => (e.SentAt != null && e.SentAt < cutoff || e.FailedAt != null && e.FailedAt < cutoff) && (e.TextBody != "" || e.HtmlBody != ""))
            .ExecuteUpdateAsync(s => s.SetProperty(e => e.TextBody, "").SetProperty(e => e.HtmlBody, ""), cancellationToken);
    }
}
