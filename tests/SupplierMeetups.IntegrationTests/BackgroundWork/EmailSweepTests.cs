using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SupplierMeetups.IntegrationTests.Infrastructure;
using SupplierMeetups.Web.Platform.Email;
using SupplierMeetups.Web.Platform.Persistence;

namespace SupplierMeetups.IntegrationTests.BackgroundWork;

public sealed class EmailSweepTests(NoSweepFactory factory) : IClassFixture<NoSweepFactory>
{
    [Fact]
    public async Task Sweep_WithABacklogLargerThanABatch_DrainsItInOneRun()
    {
        var marker = Guid.NewGuid().ToString("N")[..8];
        var backlog = EmailSweepJob.BatchSize + 30;
        await OwedWithoutTheBusAsync(marker, backlog, claimFor: null);

        await using var scope = factory.Services.CreateAsyncScope();
        var sent = await scope.ServiceProvider.GetRequiredService<EmailSweepJob>().RunAsync(TestContext.Current.CancellationToken);

        Assert.True(sent >= backlog, $"one run sent {sent} of {backlog}");
        Assert.Equal(0, await UnsentAsync(marker));
    }

    [Fact]
    public async Task Sweep_WhenADeadInstanceClaimRunsOut_TakesTheEmailOver()
    {
        var marker = Guid.NewGuid().ToString("N")[..8];
        await OwedWithoutTheBusAsync(marker, 1, claimFor: TimeSpan.FromSeconds(2));
        await using var scope = factory.Services.CreateAsyncScope();
        var sweep = scope.ServiceProvider.GetRequiredService<EmailSweepJob>();

        var whileClaimed = await sweep.RunAsync(TestContext.Current.CancellationToken);
        await Task.Delay(TimeSpan.FromSeconds(2.5), TestContext.Current.CancellationToken);
        var afterwards = await sweep.RunAsync(TestContext.Current.CancellationToken);

        Assert.Equal(0, whileClaimed);
        Assert.Equal(1, afterwards);
        Assert.True(new EmailOptions().ClaimSeconds <= 15, "claims by a dead instance would hold its e-mails too long");
    }

    // Written past the interceptor that publishes to the bus, as if the publish had been lost.
    private async Task OwedWithoutTheBusAsync(string marker, int count, TimeSpan? claimFor)
    {
        _ = factory.Services; // starts the host, which creates the database
        await using var db = OpenDatabase();
        var past = DateTimeOffset.UtcNow.AddMinutes(-1);
        for (var i = 0; i < count; i++)
        {
            db.Add(new OutgoingEmail($"birikme-{marker}-{i}@test.local", "Birikme", $"Birikme {marker}", "metin", "<p>metin</p>", "account-confirmation", past));
        }
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        if (claimFor is { } claim)
        {
            var until = DateTimeOffset.UtcNow + claim;
            await db.Set<OutgoingEmail>().Where(e => e.Subject == $"Birikme {marker}")
                .ExecuteUpdateAsync(s => s.SetProperty(e => e.ClaimedUntil, until), TestContext.Current.CancellationToken);
        }
    }

    private async Task<int> UnsentAsync(string marker)
    {
        await using var db = OpenDatabase();
        return await db.Set<OutgoingEmail>().CountAsync(e => e.Subject == $"Birikme {marker}" && e.SentAt == null, TestContext.Current.CancellationToken);
    }

    private AppDbContext OpenDatabase() => factory.PostgresConnectionString is { } postgres
        ? new PostgresAppDbContext(new DbContextOptionsBuilder<PostgresAppDbContext>().UseNpgsql(postgres).Options)
        : new SqliteAppDbContext(new DbContextOptionsBuilder<SqliteAppDbContext>().UseSqlite($"Data Source={Path.Combine(factory.DataDirectory, "suppliermeetups.db")}").Options);
}
