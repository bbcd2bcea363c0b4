using System.Net;
using System.Net.Http.Json;
using SupplierMeetups.IntegrationTests.Infrastructure;

namespace SupplierMeetups.IntegrationTests.BackgroundWork;

/// <summary>The platform with its scheduled jobs switched off: only the bus can deliver owed e-mails.</summary>
public sealed class NoSweepFactory() : PlatformFactory(new Dictionary<string, string?> { ["Jobs:Enabled"] = "false" });

/// <summary>
/// The sweep job is the safety net, not the way e-mails normally leave: the bus consumer sends them at once, on
/// the in-memory bus and (on the PostgreSQL pass) on RabbitMQ.
/// </summary>
public sealed class BusFastPathTests(NoSweepFactory factory) : IClassFixture<NoSweepFactory>
{
    [Fact]
    public async Task Register_WithTheSweepJobOff_TheConfirmationIsSentByTheBusConsumer()
    {
        var address = $"hizli-{Guid.NewGuid():N}@test.local";

        var response = await factory.Anonymous().PostAsJsonAsync("/api/v1/auth/register",
            new { email = address, password = "Güçlü!2025", fullName = "Hızlı Yol" }, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        await Eventually.TrueAsync(() => factory.MailFiles().Any(f => File.ReadAllText(f).Contains(address, StringComparison.Ordinal)),
            TimeSpan.FromSeconds(20), "no e-mail left without the sweep job: the bus consumer did not send it");
    }
}
