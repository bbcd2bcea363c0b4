using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using SupplierMeetups.IntegrationTests.Infrastructure;
using SupplierMeetups.Web.Identity;
using SupplierMeetups.Web.Platform.Email;
using SupplierMeetups.Web.Platform.Persistence;

namespace SupplierMeetups.IntegrationTests.BackgroundWork;

/// <summary>
/// The process dies in the middle of sending an e-mail whose registration is already committed. After a
/// restart the e-mail is sent, and exactly once. The app runs as a real process that is really killed.
/// </summary>
public sealed class CrashRecoveryTests : IAsyncLifetime
{
    // Only its configuration (data folder, database) is used: the in-process host is never started.
    private readonly PlatformFactory _settingsOnly = new();

    [Theory]
    [InlineData(EmailFault.BeforeSend)]
    [InlineData(EmailFault.AfterSend)]
    public async Task ConfirmationEmail_WhenProcessDiesWhileSendingIt_IsSentExactlyOnceAfterRestart(EmailFault crashPoint)
    {
        var address = $"cokme-{Guid.NewGuid():N}@test.local";
        var settings = new Dictionary<string, string?>(_settingsOnly.Settings)
        {
            ["Email:ClaimSeconds"] = "2",
            ["Jobs:SweepIntervalSeconds"] = "1",
        };

        HttpStatusCode? registered = null;
        await using (var doomed = await AppProcess.StartAsync(new Dictionary<string, string?>(settings) { ["Email:CrashAt"] = crashPoint.ToString() }, "doomed"))
        {
            using var client = doomed.Client();
            try
            {
                registered = (await client.PostAsJsonAsync("/api/v1/auth/register", new { email = address, password = "Güçlü!2025", fullName = "Çökme Testi" }, TestContext.Current.CancellationToken)).StatusCode;
            }
            catch (HttpRequestException)
            {
                // The bus may deliver the e-mail, and the process die, before the answer leaves: the commit is what counts.
            }
            await doomed.WaitForExitAsync(TimeSpan.FromSeconds(30));
            Assert.NotEqual(0, doomed.ExitCode);
        }
        var filesAfterCrash = MailFilesTo(address).Count;

        await using var restarted = await AppProcess.StartAsync(settings, "restarted");
        await Eventually.TrueAsync(() => SentAt(address) is not null, TimeSpan.FromSeconds(45), "the e-mail was not sent after the restart:\n" + restarted.Log);
        await Task.Delay(TimeSpan.FromSeconds(3), TestContext.Current.CancellationToken); // a few more sweeps: nothing may be sent again

        Assert.True(registered is null or HttpStatusCode.Accepted, $"registration answered {registered}");
        Assert.True(AccountExists(address), "the registration was not committed");
        Assert.Equal(crashPoint == EmailFault.AfterSend ? 1 : 0, filesAfterCrash);
        var mail = Assert.Single(MailFilesTo(address));
        Assert.Equal("E-posta adresinizi doğrulayın", Eml.Read(mail).Subject);
        Assert.Equal(1, AttemptsRecorded(address));
    }

    private IReadOnlyList<string> MailFilesTo(string address) =>
        _settingsOnly.MailFiles().Where(f => Eml.Read(f).To.Contains(address, StringComparison.OrdinalIgnoreCase)).ToList();

    private DateTimeOffset? SentAt(string address)
    {
        using var db = OpenDatabase();
        return db.Set<OutgoingEmail>().AsNoTracking().Where(e => e.ToAddress == address).Select(e => e.SentAt).SingleOrDefault();
    }

    private bool AccountExists(string address)
    {
        using var db = OpenDatabase();
        return db.Set<AppUser>().AsNoTracking().Any(u => u.Email == address);
    }

    private int AttemptsRecorded(string address)
    {
        using var db = OpenDatabase();
        return db.Set<OutgoingEmail>().AsNoTracking().Single(e => e.ToAddress == address).Attempts;
    }

    private AppDbContext OpenDatabase() => _settingsOnly.PostgresConnectionString is { } postgres
        ? new PostgresAppDbContext(new DbContextOptionsBuilder<PostgresAppDbContext>().UseNpgsql(postgres).Options)
        : new SqliteAppDbContext(new DbContextOptionsBuilder<SqliteAppDbContext>().UseSqlite($"Data Source={Path.Combine(_settingsOnly.DataDirectory, "suppliermeetups.db")}").Options);

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => _settingsOnly.DisposeAsync();
}
