using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SupplierMeetups.IntegrationTests.Infrastructure;
using SupplierMeetups.Web.Platform.Email;
using SupplierMeetups.Web.Platform.Persistence;

namespace SupplierMeetups.IntegrationTests.BackgroundWork;

public sealed class EmailRetentionTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Run_WhenSentLongerAgoThanTheRetention_BlanksTheBodiesAndKeepsTheRow()
    {
        var address = $"eski-{Guid.NewGuid():N}@test.local";
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var old = Sent(address, "eski", DateTimeOffset.UtcNow.AddDays(-91));
        var recent = Sent(address, "yeni", DateTimeOffset.UtcNow.AddDays(-89));
        var unsent = new OutgoingEmail(address, "Kişi", "Konu", "bekleyen", "<p>bekleyen</p>", "badge", DateTimeOffset.UtcNow.AddDays(30));
        db.AddRange(old, recent, unsent);
        await db.SaveChangesAsync(Ct);
        var retention = new EmailRetention(db, new EmailOptions { RetentionDays = 90 }, TimeProvider.System);

        var blanked = await retention.RunAsync(Ct);

        Assert.True(blanked >= 1);
        var rows = await db.Set<OutgoingEmail>().AsNoTracking().Where(e => e.ToAddress == address).ToDictionaryAsync(e => e.Id, Ct);
        Assert.Equal(("", ""), (rows[old.Id].TextBody, rows[old.Id].HtmlBody));
        Assert.Equal("badge", rows[old.Id].Kind);
        Assert.NotNull(rows[old.Id].SentAt);
        Assert.Equal("yeni", rows[recent.Id].TextBody);
        Assert.Equal("bekleyen", rows[unsent.Id].TextBody);
    }

    [Fact]
    public async Task Run_WhenRetentionIsConfigured_ComesFromEmailRetentionDays()
    {
        await using var scope = factory.Services.CreateAsyncScope();

        Assert.Equal(90, scope.ServiceProvider.GetRequiredService<EmailOptions>().RetentionDays);
        Assert.NotNull(scope.ServiceProvider.GetRequiredService<EmailRetention>());
    }

    // Marked sent by the dispatcher's own column, as a sent e-mail is.
    private static OutgoingEmail Sent(string address, string body, DateTimeOffset sentAt)
    {
        var row = new OutgoingEmail(address, "Kişi", "Konu", body, $"<p>{body}</p>", "badge", sentAt);
        typeof(OutgoingEmail).GetProperty(nameof(OutgoingEmail.SentAt))!.SetValue(row, sentAt);
        return row;
    }
}
