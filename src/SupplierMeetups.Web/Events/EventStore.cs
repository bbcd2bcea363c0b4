using Microsoft.EntityFrameworkCore;
using SupplierMeetups.Web.Events.EditEvent;
using SupplierMeetups.Web.Platform.Persistence;

namespace SupplierMeetups.Web.Events;

public enum UpdateOutcome
{
    Updated,
    NotFound,
    Conflict,
}

/// <summary>Loads and saves events with their halls, days and tables; shared by the organizer pages and the API.</summary>
public sealed class EventStore(AppDbContext db)
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

    public async Task<(UpdateOutcome Outcome, Event? Event)> UpdateAsync(Guid id, EventInput input, CancellationToken cancellationToken)
    {
        var existing = await FindAsync(id, cancellationToken);
        if (existing is null)
        {
            return (UpdateOutcome.NotFound, null);
        }
        if (input.Version is { } version && version != existing.Version)
        {
            return (UpdateOutcome.Conflict, existing);
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
            return (UpdateOutcome.Updated, existing);
        }
        catch (DbUpdateConcurrencyException)
        {
            return (UpdateOutcome.Conflict, existing);
        }
    }
}
