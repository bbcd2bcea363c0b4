using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SupplierMeetups.IntegrationTests.Infrastructure;
using SupplierMeetups.Web.Badges;
using SupplierMeetups.Web.Events;
using SupplierMeetups.Web.Platform.Persistence;
using SupplierMeetups.Web.Platform.Security;

namespace SupplierMeetups.IntegrationTests.CheckIn;

/// <summary>An event running today (in Istanbul) with a gate, a door staff member signed in, and badges made on demand.</summary>
public sealed class DoorScene
{
    private static readonly TimeZoneInfo Istanbul = TimeZoneInfo.FindSystemTimeZoneById("Europe/Istanbul");

    private DoorScene(PlatformFactory factory, Guid eventId, Guid gateId, HttpClient organizer, HttpClient staff)
    {
        Factory = factory;
        EventId = eventId;
        GateId = gateId;
        Organizer = organizer;
        Staff = staff;
    }

    public PlatformFactory Factory { get; }
    public Guid EventId { get; }
    public Guid GateId { get; }
    public HttpClient Organizer { get; }
    public HttpClient Staff { get; }

    /// <summary>Noon yesterday at the venue: inside the event's days and the doors' hours, and in the past.</summary>
    public static DateTimeOffset YesterdayAt(int hour, int minute = 0)
    {
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, Istanbul).DateTime);
        var local = today.AddDays(-1).ToDateTime(new TimeOnly(hour, minute));
        return new DateTimeOffset(local, Istanbul.GetUtcOffset(local));
    }

    public static async Task<DoorScene> CreateAsync(PlatformFactory factory, string language = "en-US", int startsInDays = -1, int days = 3)
    {
        var eventId = await CreateEventAsync(factory, startsInDays, days);
        var organizer = await factory.SignedInAsync(PlatformFactory.OrganizerEmail, language);
        var staff = await factory.SignedInAsync(await factory.CreateUserAsync(Roles.Staff), language);
        var scene = new DoorScene(factory, eventId, Guid.Empty, organizer, staff);
        var gate = await scene.AddGateAsync("Ana Giriş");
        return new DoorScene(factory, eventId, gate, organizer, staff);
    }

    public static async Task<Guid> CreateEventAsync(PlatformFactory factory, int startsInDays = -1, int days = 3)
    {
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, Istanbul).DateTime);
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var e = new Event
        {
            NameTr = "Konya Kapı Testi", NameEn = "Konya Door Test", Venue = "TÜYAP Konya", City = "Konya",
            StartDate = today.AddDays(startsInDays), EndDate = today.AddDays(startsInDays + days - 1),
        };
        db.Add(e);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        return e.Id;
    }

    public async Task<Guid> AddGateAsync(string name)
    {
        var response = await Organizer.PostAsJsonAsync($"/api/v1/events/{EventId}/gates", new { name }, TestContext.Current.CancellationToken);
        response.EnsureSuccessStatusCode();
        return (await response.JsonAsync()).GetProperty("id").GetGuid();
    }

    /// <summary>Issues a badge by hand and answers its id and the token its QR code carries.</summary>
    public async Task<(Guid Id, string Token)> BadgeAsync(string name = "Mustafa Büyükeğen", string organization = "İŞBİR Elektrik", string type = "Visitor", Guid? eventId = null)
    {
        var response = await Organizer.PostAsJsonAsync($"/api/v1/events/{eventId ?? EventId}/badges",
            new { personName = name, organization, type }, TestContext.Current.CancellationToken);
        response.EnsureSuccessStatusCode();
        var id = (await response.JsonAsync()).GetProperty("id").GetGuid();
        return (id, Factory.Services.GetRequiredService<BadgeTokens>().Issue(id));
    }

    public async Task RevokeAsync(Guid badgeId, bool erase = false)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var badge = await db.Set<Badge>().SingleAsync(b => b.Id == badgeId, TestContext.Current.CancellationToken);
        badge.RevokedAt = DateTimeOffset.UtcNow;
        if (erase)
        {
            badge.PersonName = SupplierMeetups.Web.Registration.PersonalData.ErasedPerson.Name;
            badge.Organization = "";
        }
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
    }

    public Task<HttpResponseMessage> ScanAsync(string? token, string direction = "Entry", string? nonce = null, DateTimeOffset? scannedAt = null, Guid? gate = null, HttpClient? client = null) =>
        (client ?? Staff).PostAsJsonAsync($"/api/v1/events/{EventId}/checkins",
            new { token, gate = gate ?? GateId, direction, nonce = nonce ?? Guid.NewGuid().ToString("N"), scannedAt = scannedAt ?? YesterdayAt(12) },
            TestContext.Current.CancellationToken);

    public async Task<JsonElement> AnswerAsync(string? token, string direction = "Entry", string? nonce = null, DateTimeOffset? scannedAt = null, Guid? gate = null)
    {
        var response = await ScanAsync(token, direction, nonce, scannedAt, gate);
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        return await response.JsonAsync();
    }
}
