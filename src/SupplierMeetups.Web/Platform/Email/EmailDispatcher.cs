using Microsoft.EntityFrameworkCore;
using SupplierMeetups.Web.Platform.Persistence;

namespace SupplierMeetups.Web.Platform.Email;

/// <summary>
/// Sends one owed e-mail: claims it (so that the bus consumer and the sweep job never both send it), hands it
/// to the transport, then records the outcome. Failures back off exponentially; after the last attempt the
/// e-mail is marked failed and waits for an organizer on the operations page.
/// </summary>
internal sealed class EmailDispatcher(
    AppDbContext db,
    IEmailTransport transport,
    IEnumerable<IEmailAttachmentSource> attachmentSources,
    EmailOptions options,
    EmailClaimRenewal claims,
    TimeProvider clock,
    ILogger<EmailDispatcher> logger)
{
    public async Task<bool> DispatchAsync(Guid emailId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var claimedUntil = now + TimeSpan.FromSeconds(options.ClaimSeconds);
        var claimed = await db.Set<OutgoingEmail>()
            .Where(e => e.Id == emailId && e.SentAt == null && e.FailedAt == null && e.NextAttemptAt <= now
                        && (e.ClaimedUntil == null || e.ClaimedUntil < now))
            .ExecuteUpdateAsync(s => s.SetProperty(e => e.ClaimedUntil, claimedUntil), cancellationToken);
        if (claimed == 0)
        {
            return false; // sent already, someone else is sending it, or not due yet
        }

        var email = await db.Set<OutgoingEmail>().AsNoTracking().SingleAsync(e => e.Id == emailId, cancellationToken);
        try
        {
            var attachments = await LoadAttachmentsAsync(email, cancellationToken);
            await using (claims.Keep(emailId))
            {
                using var message = EmailComposer.Compose(email, options, attachments);
                options.Faults?.Invoke(EmailFault.BeforeSend);
                await transport.SendAsync(email.Id, message, cancellationToken);
                options.Faults?.Invoke(EmailFault.AfterSend);
            }
            await db.Set<OutgoingEmail>().Where(e => e.Id == emailId).ExecuteUpdateAsync(s => s
                .SetProperty(e => e.SentAt, clock.GetUtcNow())
                .SetProperty(e => e.Attempts, e => e.Attempts + 1)
                .SetProperty(e => e.ClaimedUntil, (DateTimeOffset?)null), CancellationToken.None);
            return true;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogWarning(ex, "Sending e-mail {EmailId} ({Kind}) failed on attempt {Attempt}", email.Id, email.Kind, email.Attempts + 1);
            var attempts = email.Attempts + 1;
            var failedAt = attempts >= options.MaxAttempts ? clock.GetUtcNow() : (DateTimeOffset?)null;
            var nextAttempt = clock.GetUtcNow() + Backoff(attempts);
            var error = ex.Message.Length > 2000 ? ex.Message[..2000] : ex.Message;
            await db.Set<OutgoingEmail>().Where(e => e.Id == emailId).ExecuteUpdateAsync(s => s
                .SetProperty(e => e.Attempts, attempts)
                .SetProperty(e => e.LastError, error)
                .SetProperty(e => e.NextAttemptAt, nextAttempt)
                .SetProperty(e => e.FailedAt, failedAt)
                .SetProperty(e => e.ClaimedUntil, (DateTimeOffset?)null), CancellationToken.None);
            return false;
        }
    }

    internal static TimeSpan Backoff(int attempts) => TimeSpan.FromSeconds(Math.Min(3600, 30 * Math.Pow(2, attempts - 1)));

    private async Task<List<LoadedAttachment>> LoadAttachmentsAsync(OutgoingEmail email, CancellationToken cancellationToken)
    {
        var loaded = new List<LoadedAttachment>(email.Attachments.Count);
        foreach (var attachment in email.Attachments)
        {
            var source = attachmentSources.FirstOrDefault(s => s.Kind == attachment.Kind)
                         ?? throw new InvalidOperationException($"No source renders attachments of kind '{attachment.Kind}'.");
            var content = await source.LoadAsync(attachment.ReferenceId, email.Language, cancellationToken)
                          ?? throw new InvalidOperationException($"The {attachment.Kind} {attachment.ReferenceId} to attach no longer exists.");
            loaded.Add(new LoadedAttachment(attachment.FileName, content));
        }
        return loaded;
    }
}
