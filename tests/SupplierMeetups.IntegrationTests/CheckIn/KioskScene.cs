using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SupplierMeetups.IntegrationTests.Infrastructure;
using SupplierMeetups.Web.Badges;
using SupplierMeetups.Web.Platform.Persistence;
using SupplierMeetups.Web.Platform.Security;
using SupplierMeetups.Web.Registration.RegisterVisitor;

namespace SupplierMeetups.IntegrationTests.CheckIn;

/// <summary>The door's event with a kiosk account signed in, and visitors registered online on demand.</summary>
public sealed partial class KioskScene
{
    private KioskScene(DoorScene door, HttpClient kiosk, string kioskEmail)
    {
        Door = door;
        Kiosk = kiosk;
        KioskEmail = kioskEmail;
    }

    public DoorScene Door { get; }
    public HttpClient Kiosk { get; }
    public string KioskEmail { get; }
    public Guid EventId => Door.EventId;
    public PlatformFactory Factory => Door.Factory;

    public static async Task<KioskScene> CreateAsync(PlatformFactory factory, string language = "tr-TR")
    {
        var door = await DoorScene.CreateAsync(factory, language);
        var email = await factory.CreateUserAsync(Roles.Kiosk, fullName: "Kiosk Hol A", enrolTwoFactor: false);
        return new KioskScene(door, await factory.SignedInAsync(email, language), email);
    }

    /// <summary>Registers a visitor online (not confirmed) and answers their e-mail address and the code of the confirmation e-mail.</summary>
    public async Task<(string Email, string Code, Eml Mail)> VisitorAsync(string fullName = "Şükrü Çağlayan Iğdırlı", string organization = "Öztürk İğne Sanayi", bool shareContact = false, string? phone = null)
    {
        var email = $"kiosk-{Guid.NewGuid():N}@test.local";
        var response = await Factory.Anonymous().PostAsJsonAsync($"/api/v1/events/{EventId}/visitors",
            new { fullName, organization, email, phone, acceptConsent = true, shareContact }, TestContext.Current.CancellationToken);
        response.EnsureSuccessStatusCode();
        Eml? mail = null;
        await Eventually.TrueAsync(() => (mail = MailTo(email)) is not null, TimeSpan.FromSeconds(30), "no confirmation e-mail");
        var code = CodePattern().Match(mail!.Text).Value;
        Assert.False(string.IsNullOrEmpty(code), $"no kiosk code in the confirmation e-mail:\n{mail.Text}");
        return (email, code, mail);
    }

    public async Task<Visitor> VisitorRowAsync(string email)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        var normalized = Visitor.Normalize(email);
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().Set<Visitor>().AsNoTracking()
            .SingleAsync(v => v.NormalizedEmail == normalized && v.EventId == EventId, TestContext.Current.CancellationToken);
    }

    /// <summary>The visitor's badge and the token its QR code carries (the visitor must be confirmed).</summary>
    public async Task<(Guid Id, string Token)> BadgeOfAsync(Guid holderId)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        var badge = await scope.ServiceProvider.GetRequiredService<AppDbContext>().Set<Badge>().AsNoTracking()
            .SingleAsync(b => b.HolderId == holderId && b.RevokedAt == null, TestContext.Current.CancellationToken);
        return (badge.Id, scope.ServiceProvider.GetRequiredService<BadgeTokens>().Issue(badge.Id));
    }

    public Task<HttpResponseMessage> PrintAsync(object body, HttpClient? client = null) =>
        (client ?? Kiosk).PostAsJsonAsync($"/api/v1/events/{EventId}/kiosk/prints", body, TestContext.Current.CancellationToken);

    public async Task<byte[]> PdfAsync(string pdfPath, HttpClient? client = null)
    {
        var response = await (client ?? Kiosk).GetAsync(pdfPath, TestContext.Current.CancellationToken);
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        return await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken);
    }

    private Eml? MailTo(string address) =>
        Factory.MailFiles().Select(Eml.Read).FirstOrDefault(m => m.To.Contains(address, StringComparison.OrdinalIgnoreCase));

    [GeneratedRegex(@"\b[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}\b")]
    private static partial Regex CodePattern();
}
