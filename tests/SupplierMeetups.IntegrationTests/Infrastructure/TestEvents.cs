using Microsoft.Extensions.DependencyInjection;
using SupplierMeetups.Web.Events;
using SupplierMeetups.Web.Platform.Persistence;

namespace SupplierMeetups.IntegrationTests.Infrastructure;

public static class TestEvents
{
    /// <summary>Stores a small event straight in the database, for tests about what happens inside one.</summary>
    public static async Task<Guid> CreateEventAsync(this PlatformFactory factory, string nameTr = "Konya Savunma Sanayi Tedarikçi Buluşmaları")
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var e = new Event
        {
            NameTr = nameTr,
            NameEn = "Konya Defense Industry Supplier Meetings",
            Venue = "TÜYAP Konya",
            City = "Konya",
            StartDate = new DateOnly(2030, 11, 4),
            EndDate = new DateOnly(2030, 11, 6),
        };
        e.MeetingDays.Add(new MeetingDay { EventId = e.Id, Date = new DateOnly(2030, 11, 5), Start = new TimeOnly(10, 0), End = new TimeOnly(12, 0), SlotMinutes = 20 });
        db.Add(e);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        return e.Id;
    }
}
