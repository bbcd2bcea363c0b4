using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SupplierMeetups.IntegrationTests.Infrastructure;
using SupplierMeetups.Web.Badges;
using SupplierMeetups.Web.Demo;
using SupplierMeetups.Web.Events;
using SupplierMeetups.Web.Events.Contracts;
using SupplierMeetups.Web.Matchmaking;
using SupplierMeetups.Web.Platform.Persistence;
using SupplierMeetups.Web.Registration;
using SupplierMeetups.Web.Registration.RegisterVisitor;

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
        Assert.Equal(2, events.GetArrayLength());
        var konya = events.EnumerateArray().Single(e => e.GetProperty("name").GetString() == DemoEventNames.KonyaTr);
        var details = await factory.Anonymous().GetFromJsonAsync<JsonElement>($"/api/v1/events/{konya.GetProperty("id").GetString()}", TestContext.Current.CancellationToken);

        Assert.Equal("8. Konya Savunma Sanayi Tedarikçi Buluşmaları", konya.GetProperty("name").GetString());
        Assert.Equal(2, details.GetProperty("meetingDays").GetArrayLength());
        Assert.All(details.GetProperty("meetingDays").EnumerateArray(), d => Assert.Equal(20, d.GetProperty("slotMinutes").GetInt32()));
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var konyaId = konya.GetProperty("id").GetGuid();
        var participations = await db.Set<Participation>().Where(p => p.EventId == konyaId).ToListAsync(TestContext.Current.CancellationToken);
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

    [Fact]
    public async Task Start_WhenDatabaseEmpty_LoadsAnUpcomingEventWithBadgesAVisitorRequestsAndAPublishedSchedule()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var upcoming = await db.Set<Event>().Include(e => e.MeetingDays).AsNoTracking().SingleAsync(e => e.NameEn == DemoEventNames.UpcomingEn, ct);
        var istanbul = TimeZoneInfo.FindSystemTimeZoneById("Europe/Istanbul");
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, istanbul).DateTime);
        var participations = await db.Set<Participation>().AsNoTracking().Where(p => p.EventId == upcoming.Id)
            .Join(db.Set<Firm>(), p => p.FirmId, f => f.Id, (p, f) => new { p, f.ShortName }).ToListAsync(ct);
        var participationIds = participations.Select(p => p.p.Id).ToList();
        var people = await db.Set<FirmPerson>().AsNoTracking().Where(x => participationIds.Contains(x.ParticipationId)).ToListAsync(ct);
        var badges = await db.Set<Badge>().AsNoTracking().Where(b => b.EventId == upcoming.Id && b.RevokedAt == null).ToListAsync(ct);
        var visitor = await db.Set<Visitor>().AsNoTracking().SingleAsync(v => v.EventId == upcoming.Id && v.Email == "visitor@demo.local", ct);
        var requests = await db.Set<MeetingRequest>().AsNoTracking().Where(r => r.EventId == upcoming.Id).ToListAsync(ct);
        var schedule = await db.Set<EventSchedule>().AsNoTracking().SingleAsync(s => s.EventId == upcoming.Id, ct);

        // The meeting days are next week, counted from today in the event's time zone.
        Assert.Equal(today.AddDays(7), upcoming.MeetingDays.Min(d => d.Date));
        Assert.True(upcoming.EndDate > today);
        foreach (var (firm, email) in new[] { ("ASELSAN", "prime@demo.local"), ("İŞBİR Elektrik", "supplier@demo.local") })
        {
            var p = participations.Single(x => x.ShortName == firm).p;
            Assert.Equal(ParticipationStatus.Approved, p.Status);
            Assert.NotNull(p.ContactUserId);
            var named = people.Single(x => x.ParticipationId == p.Id && x.Email == email);
            Assert.Contains(badges, b => b.HolderId == named.Id);
            Assert.All(people.Where(x => x.ParticipationId == p.Id), x => Assert.Contains(badges, b => b.HolderId == x.Id));
        }
        Assert.Equal(DemoLoader.UpcomingPending, participations.Count(x => x.p.Status == ParticipationStatus.Pending));
        Assert.Equal(DemoLoader.UpcomingPrimes + DemoLoader.UpcomingSuppliers, participations.Count(x => x.p.Status == ParticipationStatus.Approved));
        Assert.NotNull(visitor.ConfirmedAt);
        Assert.Contains(badges, b => b.HolderId == visitor.Id);
        Assert.Contains(requests, r => r.Status == RequestStatus.Pending && r.ExpiresAt > DateTimeOffset.UtcNow);
        Assert.Contains(requests, r => r.Status == RequestStatus.Accepted && r.PublishedSlot is not null);
        Assert.NotNull(schedule.PublishedAt);
        var aselsan = participations.Single(x => x.ShortName == "ASELSAN").p.Id;
        var isbir = participations.Single(x => x.ShortName == "İŞBİR Elektrik").p.Id;
        Assert.Contains(requests, r => r.PrimeId == aselsan && r.SupplierId == isbir && r.PublishedSlot is not null);
        Assert.All(requests, r => Assert.True(r.ExpiresAt <= new DateTimeOffset(upcoming.EndDate.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.FromHours(3))));
    }

    [Fact]
    public async Task Load_WhenRunAgain_AddsNothing()
    {
        var ct = TestContext.Current.CancellationToken;
        async Task<int[]> CountAsync()
        {
            await using var scope = factory.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            return
            [
                await db.Set<Event>().CountAsync(ct), await db.Set<Participation>().CountAsync(ct), await db.Set<FirmPerson>().CountAsync(ct),
                await db.Set<Badge>().CountAsync(ct), await db.Set<Visitor>().CountAsync(ct), await db.Set<MeetingRequest>().CountAsync(ct), await db.Set<Firm>().CountAsync(ct),
            ];
        }
        var before = await CountAsync();

        await using (var scope = factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<DemoLoader>().LoadIfEmptyAsync(ct);
        }

        Assert.Equal(before, await CountAsync());
    }
}
