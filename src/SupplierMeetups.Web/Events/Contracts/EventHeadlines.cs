using Microsoft.EntityFrameworkCore;
using SupplierMeetups.Web.Platform.Persistence;

namespace SupplierMeetups.Web.Events.Contracts;

/// <summary>What a home page shows of an event: its names, place and days.</summary>
public sealed record EventHeadline(Guid Id, string NameTr, string NameEn, string City, DateOnly StartDate, DateOnly EndDate)
{
    public string Name(string language) => language == "en" && NameEn.Length > 0 ? NameEn : NameTr;

    public bool IsOver(DateOnly today) => EndDate < today;
}

public interface IEventHeadlines
{
    /// <summary>All events, the latest first.</summary>
    Task<IReadOnlyList<EventHeadline>> AllAsync(CancellationToken cancellationToken);
}

internal sealed class EventHeadlines(AppDbContext db) : IEventHeadlines
{
    public async Task<IReadOnlyList<EventHeadline>> AllAsync(CancellationToken cancellationToken) =>
        await db.Set<Event>().AsNoTracking().OrderByDescending(e => e.StartDate)
            .Select(e => new EventHeadline(e.Id, e.NameTr, e.NameEn, e.City, e.StartDate, e.EndDate)).ToListAsync(cancellationToken);
}

public static class EventHeadlinesRegistration
{
    public static IServiceCollection AddEventHeadlines(this IServiceCollection services) => services.AddScoped<IEventHeadlines, EventHeadlines>();
}
