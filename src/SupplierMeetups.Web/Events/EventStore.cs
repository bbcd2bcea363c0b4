using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SupplierMeetups.Web.Events.EditEvent;
using SupplierMeetups.Web.Platform.Persistence;
using SupplierMeetups.Web.Platform.Refusals;

namespace SupplierMeetups.Web.Events;

/// <summary>Loads and saves events with their halls, days and tables; shared by the organizer pages and the API.</summary>
public sealed class EventStore(AppDbContext db, IStringLocalizer<SharedResource> l)
{
    public Task<Event?> FindAsync(Guid id, CancellationToken cancellationToken) =>
        db.Set<Event>().AsSplitQuery()
            .Include(e => e.Halls).Include(e => e.MeetingDays).Include(e => e.Tables)
            .SingleOrDefaultAsync(e => e.Id == id, cancellationToken);

    public async Task<Event> CreateAsync(EventInput input, CancellationToken cancellationToken)
    {
        var created = new Event();
        input.ApplyTo(created);
        db.Add(created);
        await db.SaveChangesAsync(cancellationToken);
        return created;
    }

    /// <summary>Replaces the event; refused (404) when there is none, and (409) when someone saved since <see cref="EventInput.Version"/>.</summary>
    public async Task<Outcome<Event>> UpdateAsync(Guid id, EventInput input, CancellationToken cancellationToken)
    {
        var existing = await FindAsync(id, cancellationToken);
        if (existing is null)
        {
            return new Refusal(l["There is no such event."], StatusCodes.Status404NotFound);
        }
        if (input.Version is { } version && version != existing.Version)
        {
            return Conflict();
        }
        // The concurrency check compares against the version read here, so a save in between still loses.
        db.Entry(existing).Property(e => e.Version).OriginalValue = existing.Version;
        db.RemoveRange(existing.Halls);
        db.RemoveRange(existing.MeetingDays);
        db.RemoveRange(existing.Tables);
        input.ApplyTo(existing);
        db.AddRange(existing.Halls);
        db.AddRange(existing.MeetingDays);
        db.AddRange(existing.Tables);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return existing;
        }
        catch (DbUpdateConcurrencyException)
        {
            return Conflict();
        }
    }

    private Refusal Conflict() =>
        new(l["Someone else changed this event after you opened it. Reload it and apply your change again."], StatusCodes.Status409Conflict,
            Title: l["The data was changed by someone else."]);
}
