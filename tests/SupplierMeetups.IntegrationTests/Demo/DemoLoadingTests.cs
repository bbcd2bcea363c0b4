using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SupplierMeetups.IntegrationTests.Infrastructure;
using SupplierMeetups.Web.Platform.Persistence;
using SupplierMeetups.Web.Registration;

namespace SupplierMeetups.IntegrationTests.Demo;

public sealed class DemoFactory() : PlatformFactory(new Dictionary<string, string?>
{
    ["Demo:Load"] = "true",
    ["Demo:AllowOutsideDevelopment"] = "true",
    ["Identity:FirstOrganizer:Email"] = "organizer@demo.local",
    ["Identity:FirstOrganizer:Password"] = "Konya!Demo2025",
});

public sealed class DemoLoadingTests(DemoFactory factory) : IClassFixture<DemoFactory>
{
    [Fact]
    public async Task Start_WhenDatabaseEmpty_LoadsTheKonyaEventWithPrimesAndSuppliers()
    {
        var events = await factory.Anonymous().GetFromJsonAsync<JsonElement>("/api/v1/events", TestContext.Current.CancellationToken);
        var konya = Assert.Single(events.EnumerateArray());
        var details = await factory.Anonymous().GetFromJsonAsync<JsonElement>($"/api/v1/events/{konya.GetProperty("id").GetString()}", TestContext.Current.CancellationToken);

        Assert.Equal("8. Konya Savunma Sanayi Tedarikçi Buluşmaları", konya.GetProperty("name").GetString());
        Assert.Equal(2, details.GetProperty("meetingDays").GetArrayLength());
        Assert.All(details.GetProperty("meetingDays").EnumerateArray(), d => Assert.Equal(20, d.GetProperty("slotMinutes").GetInt32()));
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var participations = await db.Set<Participation>().ToListAsync(TestContext.Current.CancellationToken);
        Assert.Equal(12, participations.Count(p => p.Type == ParticipationType.Prime));
        Assert.Equal(150, participations.Count(p => p.Type != ParticipationType.Prime));
        var firms = await db.Set<Firm>().ToListAsync(TestContext.Current.CancellationToken);
        Assert.Contains(firms, f => f.ShortName == "İŞBİR Elektrik");
        Assert.All(firms, f => Assert.True(TaxNumber.IsValid(f.TaxNumber), f.ShortName));
    }

    [Fact]
    public async Task DemoOrganizer_WhenSigningIn_WithTheReadmePassword_Succeeds()
    {
        var client = factory.Anonymous();

        var response = await client.PostAsJsonAsync("/api/v1/auth/login", new { email = "organizer@demo.local", password = "Konya!Demo2025", twoFactorCode = Totp.Code((await factory.TwoFactorKeyAsync("organizer@demo.local"))!) }, TestContext.Current.CancellationToken);

        Assert.True(response.IsSuccessStatusCode);
    }
}
