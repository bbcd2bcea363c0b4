using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SupplierMeetups.Web.Events.Contracts;
using SupplierMeetups.Web.Platform.Messaging;
using SupplierMeetups.Web.Platform.Persistence;
using SupplierMeetups.Web.Platform.Refusals;

namespace SupplierMeetups.Web.Registration.FirmPeople;

/// <summary>
/// The representatives a firm names for one event, within the organizers' limit for its participation type.
/// Each change is told to the other modules in the same save (once the firm is approved, Badges keeps each person's badge).
/// </summary>
public sealed class PeopleRoster(AppDbContext db, IModuleEvents moduleEvents, IEventQueries events, IStringLocalizer<SharedResource> l)
{
    public Task<Participation?> ParticipationAsync(Guid eventId, Guid firmId, CancellationToken cancellationToken) =>
        db.Set<Participation>().SingleOrDefaultAsync(p => p.EventId == eventId && p.FirmId == firmId, cancellationToken);

    public Task<List<FirmPerson>> ListAsync(Participation participation, CancellationToken cancellationToken) =>
        db.Set<FirmPerson>().Where(p => p.ParticipationId == participation.Id).OrderBy(p => p.FullName).ToListAsync(cancellationToken);

    public Task<FirmPerson?> FindAsync(Participation participation, Guid personId, CancellationToken cancellationToken) =>
        db.Set<FirmPerson>().SingleOrDefaultAsync(p => p.Id == personId && p.ParticipationId == participation.Id, cancellationToken);

    public async Task<PeopleLimits> LimitsAsync(Guid eventId, CancellationToken cancellationToken) =>
        await db.Set<PeopleLimits>().SingleOrDefaultAsync(l => l.EventId == eventId, cancellationToken) ?? new PeopleLimits { EventId = eventId };

    /// <summary>
    /// The organizers set how many representatives each participation type may name (the limits page and its API): the
    /// three limits are replaced together; the same limits again change nothing more. A 404 refusal: no such event.
    /// </summary>
    public async Task<Outcome<PeopleLimits>> SaveLimitsAsync(Guid eventId, PeopleLimitsInput input, CancellationToken cancellationToken)
    {
        if (!await events.ExistsAsync(eventId, cancellationToken))
        {
            return new Refusal(l["There is no such event."], StatusCodes.Status404NotFound);
        }
        var limits = await db.Set<PeopleLimits>().SingleOrDefaultAsync(x => x.EventId == eventId, cancellationToken);
        if (limits is null)
        {
            limits = new PeopleLimits { EventId = eventId };
            db.Add(limits);
        }
        (limits.Exhibitor, limits.Supplier, limits.Prime) = (input.Exhibitor, input.Supplier, input.Prime);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException) when (db.Entry(limits).State == EntityState.Added)
        {
            // Two organizers saved the first limits at once: the other one's row stands, saved again with these values.
            db.ChangeTracker.Clear();
            return await SaveLimitsAsync(eventId, input, cancellationToken);
        }
        return limits;
    }

    /// <summary>
    /// Adds the person, or says why not (the limit is reached: 409) in the user's language. The count and the insert
    /// happen under the participation's row lock, so simultaneous requests cannot both take the last place.
    /// </summary>
    public async Task<Outcome<FirmPerson>> AddAsync(Participation participation, PersonInput input, CancellationToken cancellationToken)
    {
        await using var transaction = await db.BeginWriteAsync(cancellationToken);
        await db.LockRowAsync<Participation>(participation.Id, cancellationToken);
        // Read after the lock: the type or the approval may have changed since the caller loaded it.
        await db.Entry(participation).ReloadAsync(cancellationToken);
        var limit = (await LimitsAsync(participation.EventId, cancellationToken)).For(participation.Type);
        var count = await db.Set<FirmPerson>().CountAsync(p => p.ParticipationId == participation.Id, cancellationToken);
        if (count >= limit)
        {
            return new Refusal(l["Your firm may name at most {0} representatives for this event as {1}; remove one to add another.", limit, TypeName(participation.Type)],
                StatusCodes.Status409Conflict, Title: l["The limit of representatives is reached."]);
        }
        var person = new FirmPerson { ParticipationId = participation.Id, FirmId = participation.FirmId };
        Apply(input, person);
        db.Add(person);
        if (participation.Status == ParticipationStatus.Approved)
        {
            await moduleEvents.PublishAsync(new RepresentativeAdded(participation.Id, ToContract(person)), cancellationToken);
        }
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return person;
    }

    /// <summary>Changes the person; a badge already issued shows the new name from now on.</summary>
    public async Task<FirmPerson?> UpdateAsync(Participation participation, Guid personId, PersonInput input, CancellationToken cancellationToken)
    {
        if (await FindAsync(participation, personId, cancellationToken) is not { } person)
        {
            return null;
        }
        Apply(input, person);
        await moduleEvents.PublishAsync(new RepresentativeChanged(participation.EventId, ToContract(person)), cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return person;
    }

    /// <summary>Removes the person and revokes their badge, so it no longer downloads and the door refuses it.</summary>
    public async Task<bool> RemoveAsync(Participation participation, Guid personId, CancellationToken cancellationToken)
    {
        if (await FindAsync(participation, personId, cancellationToken) is not { } person)
        {
            return false;
        }
        db.Remove(person);
        await moduleEvents.PublishAsync(new RepresentativeRemoved(participation.EventId, person.Id), cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    public string TypeName(ParticipationType type) => type switch
    {
        ParticipationType.Exhibitor => l["an exhibitor"],
        ParticipationType.Supplier => l["a supplier"],
        _ => l["a prime contractor"],
    };

    private static Representative ToContract(FirmPerson person) => new(person.Id, person.FirmId, person.FullName, person.Email);

    private static void Apply(PersonInput input, FirmPerson person)
    {
        person.FullName = input.FullName.Trim();
        person.Title = string.IsNullOrWhiteSpace(input.Title) ? null : input.Title.Trim();
        person.Email = input.Email.Trim();
        person.Phone = string.IsNullOrWhiteSpace(input.Phone) ? null : input.Phone.Trim();
    }
}
