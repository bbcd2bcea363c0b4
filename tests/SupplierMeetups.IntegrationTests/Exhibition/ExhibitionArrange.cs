using System.Net.Http.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using SupplierMeetups.IntegrationTests.Infrastructure;
using SupplierMeetups.Web.Identity;
using SupplierMeetups.Web.Platform.Persistence;
using SupplierMeetups.Web.Platform.Security;
using SupplierMeetups.Web.Registration;

namespace SupplierMeetups.IntegrationTests.Exhibition;

/// <summary>Builds what the exhibition tests start from: an event with two halls and approved exhibitors (the registration module's rows, written directly).</summary>
public static class ExhibitionArrange
{
    public static async Task<Guid> EventAsync(HttpClient organizer)
    {
        var response = await organizer.PostAsJsonAsync("/api/v1/events", new
        {
            nameTr = "Konya Stant Testi",
            nameEn = "Konya Booth Test",
            venue = "TÜYAP Konya",
            city = "Konya",
            startDate = "2030-11-05",
            endDate = "2030-11-06",
            halls = new[] { new { name = "Salon 1", areaSquareMetres = 2700 }, new { name = "Salon 2", areaSquareMetres = 2700 } },
        }, TestContext.Current.CancellationToken);
        response.EnsureSuccessStatusCode();
        return (await response.JsonAsync()).GetProperty("id").GetGuid();
    }

    /// <summary>An approved exhibitor; with <paramref name="contactEmail"/> its contact account (created here) in <paramref name="language"/>.</summary>
    public static async Task<Guid> ExhibitorAsync(PlatformFactory factory, Guid eventId, string name, string? contactEmail = null, string language = "tr", ParticipationStatus status = ParticipationStatus.Approved)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        Guid? contactId = null;
        if (contactEmail is not null)
        {
            await factory.CreateUserAsync(Roles.Supplier, contactEmail, "Mustafa Büyükeğen");
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            var user = (await users.FindByEmailAsync(contactEmail))!;
            user.PreferredLanguage = language;
            await users.UpdateAsync(user);
            contactId = user.Id;
        }
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var firm = new Firm { ShortName = name, LegalName = name + " A.Ş.", City = "Konya" };
        firm.RefreshSearchText();
        db.Add(firm);
        db.Add(new Participation { EventId = eventId, FirmId = firm.Id, Type = ParticipationType.Exhibitor, Status = status, ContactUserId = contactId });
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        return firm.Id;
    }

    public static async Task<(Guid Id, Guid Version)> BoothAsync(HttpClient organizer, Guid eventId, string code, decimal x, decimal y = 0, string hall = "Salon 1", string type = "Inline", decimal size = 3)
    {
        var response = await organizer.PostAsJsonAsync($"/api/v1/events/{eventId}/booths",
            new { hall, code, x, y, width = size, depth = size, type, price = 27000 }, TestContext.Current.CancellationToken);
        response.EnsureSuccessStatusCode();
        var json = await response.JsonAsync();
        return (json.GetProperty("id").GetGuid(), json.GetProperty("version").GetGuid());
    }
}
