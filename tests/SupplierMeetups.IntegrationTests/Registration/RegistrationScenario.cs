using System.Net.Http.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using SupplierMeetups.IntegrationTests.Infrastructure;
using SupplierMeetups.Web.Events;
using SupplierMeetups.Web.Identity;
using SupplierMeetups.Web.Platform.Persistence;
using SupplierMeetups.Web.Registration;

namespace SupplierMeetups.IntegrationTests.Registration;

/// <summary>Events, firms and signed-in clients for the registration tests.</summary>
internal static class RegistrationScenario
{
    public static readonly DateOnly EventEnd = new(2030, 11, 6);

    public static async Task<Guid> SeedEventAsync(this PlatformFactory factory)
    {
        var e = new Event { NameTr = "Konya Tedarikçi Buluşması", NameEn = "Konya Supplier Meetings", Venue = "TÜYAP", City = "Konya", StartDate = EventEnd.AddDays(-1), EndDate = EventEnd };
        await factory.WithDbAsync(async db =>
        {
            db.Add(e);
            // Each code once: other tests of the same host may have added terms of their own (or one of these) first.
            var known = db.Set<Capability>().Select(c => c.Code).ToHashSet();
            db.AddRange(new[]
            {
                new Capability { Code = "machining", NameTr = "Talaşlı imalat", NameEn = "Machining" },
                new Capability { Code = "cnc", ParentCode = "machining", NameTr = "CNC işleme", NameEn = "CNC machining" },
                new Capability { Code = "electronics", NameTr = "Elektronik", NameEn = "Electronics" },
            }.Where(c => !known.Contains(c.Code)));
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
            return 0;
        });
        return e.Id;
    }

    public static async Task<T> WithDbAsync<T>(this PlatformFactory factory, Func<AppDbContext, Task<T>> action)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }

    private static int _sequence = Random.Shared.Next(100_000, 900_000);

    /// <summary>A fresh valid VKN (the check digit computed), shaped like real ones: nine digits then the check digit.</summary>
    public static string NewTaxNumber() => TaxNumber.WithCheckDigit($"{Interlocked.Increment(ref _sequence):000000}{Random.Shared.Next(100, 999)}");

    public static Dictionary<string, string> FirmForm(string taxNumber, string email, string shortName = "Ağır Sanayi", string type = "Supplier") => new()
    {
        ["Input.ContactFullName"] = "Mustafa Büyükeğen",
        ["Input.ContactEmail"] = email,
        ["Input.ContactPassword"] = PlatformFactory.Password,
        ["Input.LegalName"] = $"{shortName} Şirketi",
        ["Input.ShortName"] = shortName,
        ["Input.Country"] = "TR",
        ["Input.TaxNumber"] = taxNumber,
        ["Input.City"] = "konya",
        ["Input.Address"] = "Büyükkayacık OSB, Selçuklu",
        ["Input.Employees"] = "120",
        ["Input.FoundedYear"] = "1998",
        ["Input.Sectors"] = "Savunma, Havacılık",
        ["Input.Capabilities"] = "cnc",
        ["Input.ExportSharePercent"] = "25",
        ["Input.ExportMarkets"] = "AZ, DE",
        ["Input.Type"] = type,
        ["Input.BoothRequest"] = "18 m², köşe",
        ["Input.SubmissionToken"] = Guid.NewGuid().ToString(),
        ["Input.AcceptConsent"] = "true",
    };

    public static Dictionary<string, object?> FirmJson(string? taxNumber, string? email, string type = "Supplier", string shortName = "Demir Döküm") => new()
    {
        ["contactFullName"] = "Ayşe Yılmaz",
        ["contactEmail"] = email,
        ["contactPassword"] = email is null ? null : PlatformFactory.Password,
        ["legalName"] = $"{shortName} Sanayi A.Ş.",
        ["shortName"] = shortName,
        ["country"] = "TR",
        ["taxNumber"] = taxNumber,
        ["city"] = "Ankara",
        ["address"] = "OSTİM OSB",
        ["employees"] = 40,
        ["capabilities"] = new[] { "electronics" },
        ["type"] = type,
        ["acceptConsent"] = true,
    };

    /// <summary>Registers a supplier through the API and returns (firmId, contact e-mail) with the contact's address confirmed.</summary>
    public static async Task<(Guid FirmId, string Email)> RegisterSupplierAsync(this PlatformFactory factory, Guid eventId, string type = "Supplier", string shortName = "Demir Döküm")
    {
        var email = $"firm-{Guid.NewGuid():N}@test.local";
        var response = await factory.Anonymous().PostAsJsonAsync($"/api/v1/events/{eventId}/firms", FirmJson(NewTaxNumber(), email, type, shortName), TestContext.Current.CancellationToken);
        response.EnsureSuccessStatusCode();
        var firmId = (await response.JsonAsync()).GetProperty("id").GetGuid();
        await factory.ConfirmEmailAsync(email);
        return (firmId, email);
    }

    public static async Task ConfirmEmailAsync(this PlatformFactory factory, string email)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = await users.FindByEmailAsync(email) ?? throw new InvalidOperationException(email);
        user.EmailConfirmed = true;
        await users.UpdateAsync(user);
    }

    public static async Task ApproveAsync(this PlatformFactory factory, Guid eventId, Guid firmId)
    {
        var organizer = await factory.SignedInAsync(PlatformFactory.OrganizerEmail);
        var response = await organizer.PostAsync($"/api/v1/events/{eventId}/firms/{firmId}/approve", null, TestContext.Current.CancellationToken);
        response.EnsureSuccessStatusCode();
    }
}
