using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SupplierMeetups.IntegrationTests.Infrastructure;
using SupplierMeetups.Web.Platform.Email;
using SupplierMeetups.Web.Platform.Persistence;

namespace SupplierMeetups.IntegrationTests.Identity;

/// <summary>The confirmation e-mail travels the whole path: row in the transaction, bus, consumer, pickup folder.</summary>
public sealed class AccountEmailTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    private static readonly TimeSpan MailTimeout = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Register_WhenValid_SendsTurkishConfirmationWhoseLinkEnablesSignIn()
    {
        var email = $"kayit-{Guid.NewGuid():N}@test.local";
        var client = factory.Anonymous("tr-TR");

        var registered = await client.PostAsJsonAsync("/api/v1/auth/register", new { email, password = "Güçlü!2025", fullName = "Ağır Sanayi Şirketi Yetkilisi" }, TestContext.Current.CancellationToken);
        var blocked = await client.PostAsJsonAsync("/api/v1/auth/login", new { email, password = "Güçlü!2025" }, TestContext.Current.CancellationToken);
        await Eventually.TrueAsync(() => MailTo(email) is not null, MailTimeout, "no confirmation e-mail in the pickup folder: " + await OutboxStateAsync());
        var mail = MailTo(email)!;
        var link = Regex.Match(mail.Text, @"confirm-email\?userId=([^&\s]+)&code=(\S+)");
        var confirmed = await client.PostAsJsonAsync("/api/v1/auth/confirm-email",
            new { userId = Uri.UnescapeDataString(link.Groups[1].Value), code = Uri.UnescapeDataString(link.Groups[2].Value) }, TestContext.Current.CancellationToken);
        var login = await client.PostAsJsonAsync("/api/v1/auth/login", new { email, password = "Güçlü!2025" }, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Accepted, registered.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, blocked.StatusCode);
        Assert.Equal("E-posta adresinizi doğrulayın", mail.Subject);
        Assert.Contains("Merhaba Ağır Sanayi Şirketi Yetkilisi,", mail.Text);
        Assert.Contains("Ağır Sanayi Şirketi Yetkilisi", mail.Html);
        Assert.True(link.Success, mail.Text);
        Assert.Equal(HttpStatusCode.NoContent, confirmed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
    }

    [Fact]
    public async Task Register_WhenInEnglish_RecordsTheConfirmationInEnglish()
    {
        var email = $"ingilizce-{Guid.NewGuid():N}@test.local";

        var registered = await factory.Anonymous("en-US").PostAsJsonAsync("/api/v1/auth/register", new { email, password = "Güçlü!2025", fullName = "Jane Doe" }, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Accepted, registered.StatusCode);
        await using var scope = factory.Services.CreateAsyncScope();
        var row = await scope.ServiceProvider.GetRequiredService<AppDbContext>().Set<OutgoingEmail>()
            .SingleAsync(e => e.ToAddress == email, TestContext.Current.CancellationToken);
        Assert.Equal((EmailKind.AccountConfirmation.Name, "en"), (row.Kind, row.Language));
    }

    [Fact]
    public async Task Register_WhenEmailTaken_AnswersLikeANewAddressAndEmailsTheOwner()
    {
        var client = factory.Anonymous("en-US");
        var fresh = $"yeni-{Guid.NewGuid():N}@test.local";

        var taken = await client.PostAsJsonAsync("/api/v1/auth/register", new { email = PlatformFactory.OrganizerEmail, password = "Güçlü!2025", fullName = "X" }, TestContext.Current.CancellationToken);
        var created = await client.PostAsJsonAsync("/api/v1/auth/register", new { email = fresh, password = "Güçlü!2025", fullName = "X" }, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Accepted, taken.StatusCode);
        Assert.Equal(created.StatusCode, taken.StatusCode);
        Assert.Equal((await created.JsonAsync()).GetProperty("detail").GetString(), (await taken.JsonAsync()).GetProperty("detail").GetString());
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var toOwner = db.Set<OutgoingEmail>().AsEnumerable().Where(e => e.ToAddress == PlatformFactory.OrganizerEmail).Select(e => e.Kind).ToList();
        Assert.Contains("account-exists", toOwner);
        Assert.DoesNotContain("account-confirmation", toOwner);
    }

    [Fact]
    public async Task SweepJob_WhenAnEmailWasNeverPublished_SendsItExactlyOnce()
    {
        var address = $"sweep-{Guid.NewGuid():N}@test.local";
        Guid id;
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            // Written as a crash between commit and publish would leave it: a row, and no message on the bus.
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var row = new OutgoingEmail(address, "İŞBİR Elektrik", "Süpürme testi", "gövde", "<p>gövde</p>", "test", DateTimeOffset.UtcNow);
            id = row.Id;
            await db.Database.ExecuteSqlAsync(InsertSql(db, row), TestContext.Current.CancellationToken);
        }

        await Eventually.TrueAsync(() => MailTo(address) is not null, MailTimeout, "the sweep job did not send the e-mail");
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var again = await scope.ServiceProvider.GetRequiredService<EmailDispatcher>().DispatchAsync(id, TestContext.Current.CancellationToken);
            Assert.False(again);
        }

        Assert.Single(factory.MailFiles(), f => Path.GetFileName(f) == $"{id}.eml");
        Assert.Equal("Süpürme testi", MailTo(address)!.Subject);
    }

    private async Task<string> OutboxStateAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var rows = await scope.ServiceProvider.GetRequiredService<AppDbContext>().Set<OutgoingEmail>().AsNoTracking().ToListAsync(TestContext.Current.CancellationToken);
        return string.Join("; ", rows.Select(r => $"{r.ToAddress} attempts={r.Attempts} sent={r.SentAt} error={r.LastError}"));
    }

    private Eml? MailTo(string address) =>
        factory.MailFiles().Select(Eml.Read).FirstOrDefault(m => m.To.Contains(address, StringComparison.OrdinalIgnoreCase));

    // Inserted with SQL, bypassing SaveChanges, so that the outbox signal never publishes it.
    private static FormattableString InsertSql(AppDbContext db, OutgoingEmail row)
    {
        var postgres = db.Database.ProviderName!.Contains("Npgsql", StringComparison.Ordinal);
        // EF keeps SQLite's GUIDs as upper-case text and instants as UTC ticks (UtcTicksConverter).
        var sqliteId = row.Id.ToString().ToUpperInvariant();
        if (postgres)
        {
            return $"""INSERT INTO platform."OutgoingEmails" ("Id","ToAddress","ToName","Subject","TextBody","HtmlBody","Kind","Language","CreatedAt","NextAttemptAt","Attempts") VALUES ({row.Id},{row.ToAddress},{row.ToName},{row.Subject},{row.TextBody},{row.HtmlBody},{row.Kind},{row.Language},{row.CreatedAt},{row.NextAttemptAt},0)""";
        }
        return $"""INSERT INTO platform_OutgoingEmails ("Id","ToAddress","ToName","Subject","TextBody","HtmlBody","Kind","Language","CreatedAt","NextAttemptAt","Attempts") VALUES ({sqliteId},{row.ToAddress},{row.ToName},{row.Subject},{row.TextBody},{row.HtmlBody},{row.Kind},{row.Language},{row.CreatedAt.UtcTicks},{row.NextAttemptAt.UtcTicks},0)""";
    }
}
