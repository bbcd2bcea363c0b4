using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using SupplierMeetups.IntegrationTests.Infrastructure;
using SupplierMeetups.Web.Identity;
using SupplierMeetups.Web.Platform.Email;
using SupplierMeetups.Web.Platform.Persistence;

namespace SupplierMeetups.IntegrationTests.Email;

/// <summary>Writes outbox rows straight through <see cref="EmailOutbox"/> (whatever the input checks let through) and reads what was sent.</summary>
internal sealed class OutboxProbe(PlatformFactory factory)
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    public static string NewAddress() => $"alici-{Guid.NewGuid():N}@test.local";

    /// <summary>Saves an owed e-mail; <paramref name="beforeSave"/> sees its id before the bus or the sweep can send it.</summary>
    public async Task<Guid> OweAsync(string toAddress, string toName, string subject, Action<Guid>? beforeSave = null)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var row = scope.ServiceProvider.GetRequiredService<EmailOutbox>()
            .Add(toAddress, toName, new RenderedEmail(subject, "Merhaba, görüşmeniz hazır.", "<p>Merhaba, görüşmeniz hazır.</p>"), EmailKind.AccountConfirmation, "tr");
        beforeSave?.Invoke(row.Id);
        await scope.ServiceProvider.GetRequiredService<AppDbContext>().SaveChangesAsync(TestContext.Current.CancellationToken);
        return row.Id;
    }

    public string FileOf(Guid emailId) => Path.Combine(factory.MailDirectory, $"{emailId}.eml");

    public async Task WaitUntilSentAsync(Guid emailId, int attempts = 1) =>
        await Eventually.TrueAsync(() => Row(emailId) is { SentAt: not null } row && row.Attempts == attempts, Timeout,
            $"e-mail {emailId} was not sent (attempt {attempts}); last error: {Row(emailId)?.LastError}");

    public async Task<MimeMessage> SentMessageAsync(Guid emailId)
    {
        await WaitUntilSentAsync(emailId);
        return MimeMessage.Load(FileOf(emailId), TestContext.Current.CancellationToken);
    }

    /// <summary>What a crash between writing and recording leaves: a sent e-mail that the outbox still owes.</summary>
    public async Task ForgetSentAsync(Guid emailId)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<AppDbContext>().Set<OutgoingEmail>().Where(e => e.Id == emailId)
            .ExecuteUpdateAsync(s => s.SetProperty(e => e.SentAt, (DateTimeOffset?)null), TestContext.Current.CancellationToken);
        await scope.ServiceProvider.GetRequiredService<EmailDispatcher>().DispatchAsync(emailId, TestContext.Current.CancellationToken);
    }

    /// <summary>The header block exactly as written, lines unfolded.</summary>
    public string RawHeaders(Guid emailId)
    {
        var raw = File.ReadAllText(FileOf(emailId));
        return raw[..raw.IndexOf("\r\n\r\n", StringComparison.Ordinal)].Replace("\r\n\t", " ", StringComparison.Ordinal).Replace("\r\n ", " ", StringComparison.Ordinal);
    }

    public OutgoingEmail? Row(Guid emailId)
    {
        using var scope = factory.Services.CreateScope();
        return scope.ServiceProvider.GetRequiredService<AppDbContext>().Set<OutgoingEmail>().AsNoTracking().SingleOrDefault(e => e.Id == emailId);
    }
}
