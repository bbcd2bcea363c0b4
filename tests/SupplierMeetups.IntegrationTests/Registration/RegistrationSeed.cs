using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SupplierMeetups.IntegrationTests.Infrastructure;
using SupplierMeetups.Web.Events;
using SupplierMeetups.Web.Identity;
using SupplierMeetups.Web.Platform.Persistence;
using SupplierMeetups.Web.Registration;
using SupplierMeetups.Web.Registration.RegisterVisitor;

namespace SupplierMeetups.IntegrationTests.Registration;

/// <summary>Puts events and firms straight into the database: the firm sign-up is another use case's business.</summary>
internal static class RegistrationSeed
{
    public static readonly DateOnly EventEnd = new(2030, 11, 7);

    /// <summary>The last day of an event that is over (the real 8th Konya meetings).</summary>
    public static readonly DateOnly PastEventEnd = new(2025, 11, 7);

    public static async Task<Guid> EventAsync(PlatformFactory factory, bool requireIdentityNumber = false, bool over = false)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var e = new Event
        {
            NameTr = "Konya Savunma Sanayi Tedarikçi Buluşmaları",
            NameEn = "Konya Defense Industry Supplier Meetings",
            Venue = "TÜYAP Konya",
            City = "Konya",
            StartDate = (over ? PastEventEnd : EventEnd).AddDays(-2),
            EndDate = over ? PastEventEnd : EventEnd,
        };
        db.Add(e);
        if (requireIdentityNumber)
        {
            db.Add(new VisitorSettings { EventId = e.Id, RequireIdentityNumber = true });
        }
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        return e.Id;
    }

    public static async Task<Guid> FirmAsync(
        PlatformFactory factory, Guid eventId, string shortName, string city = "Konya",
        ParticipationType type = ParticipationType.Supplier, ParticipationStatus status = ParticipationStatus.Approved,
        Action<Firm>? configure = null, string? contactEmail = null)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var firm = new Firm
        {
            ShortName = shortName,
            LegalName = $"{shortName} Sanayi ve Ticaret A.Ş.",
            TaxNumber = TaxNumber.WithCheckDigit($"{Random.Shared.Next(100_000_000, 999_999_999)}"),
            City = city,
            Address = $"Organize Sanayi Bölgesi, {city}",
            Employees = 40,
        };
        configure?.Invoke(firm);
        firm.RefreshSearchText();
        db.Add(firm);
        Guid? contact = contactEmail is null ? null : (await scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>().FindByEmailAsync(contactEmail))!.Id;
        db.Add(new Participation { EventId = eventId, FirmId = firm.Id, Type = type, Status = status, ContactUserId = contact, RegisteredAt = DateTimeOffset.UtcNow });
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        return firm.Id;
    }

    public static async Task<T> QueryAsync<T>(PlatformFactory factory, Func<AppDbContext, Task<T>> query)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }

    public static Task<List<Visitor>> VisitorsAsync(PlatformFactory factory, Guid eventId) =>
        QueryAsync(factory, db => db.Set<Visitor>().AsNoTracking().Where(v => v.EventId == eventId).ToListAsync(TestContext.Current.CancellationToken));
}
