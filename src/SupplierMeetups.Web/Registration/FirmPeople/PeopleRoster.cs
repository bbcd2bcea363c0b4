using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SupplierMeetups.Web.Platform.Persistence;

namespace SupplierMeetups.Web.Registration.FirmPeople;

/// <summary>The representatives a firm names for one event, within the organizers' limit for its participation type.</summary>
public sealed class PeopleRoster(AppDbContext db, IStringLocalizer<SharedResource> l)
{
    public Task<Participation?> ParticipationAsync(Guid eventId, Guid firmId, CancellationToken cancellationToken) =>
        db.Set<Participation>().SingleOrDefaultAsync(p => p.EventId == eventId && p.FirmId == firmId, cancellationToken);

    public Task<List<FirmPerson>> ListAsync(Participation participation, CancellationToken cancellationToken) =>
        db.Set<FirmPerson>().Where(p => p.ParticipationId == participation.Id).OrderBy(p => p.FullName).ToListAsync(cancellationToken);

    public async Task<PeopleLimits> LimitsAsync(Guid eventId, CancellationToken cancellationToken) =>
        await db.Set<PeopleLimits>().SingleOrDefaultAsync(l => l.EventId == eventId, cancellationToken) ?? new PeopleLimits { EventId = eventId };

    /// <summary>Adds the person, or says why not (the limit is reached) in the user's language.</summary>
    public async Task<(FirmPerson? Person, string? Refusal)> AddAsync(Participation participation, PersonInput input, CancellationToken cancellationToken)
    {
        var limit = (await LimitsAsync(participation.EventId, cancellationToken)).For(participation.Type);
        var count = await db.Set<FirmPerson>().CountAsync(p => p.ParticipationId == participation.Id, cancellationToken);
        if (count >= limit)
        {
            return (null, l["Your firm may name at most {0} representatives for this event as {1}; remove one to add another.", limit, TypeName(participation.Type)]);
        }
        var person = new FirmPerson
        {
            ParticipationId = participation.Id,
            FirmId = participation.FirmId,
            FullName = input.FullName.Trim(),
            Title = string.IsNullOrWhiteSpace(input.Title) ? null : input.Title.Trim(),
            Email = input.Email.Trim(),
            Phone = string.IsNullOrWhiteSpace(input.Phone) ? null : input.Phone.Trim(),
        };
        db.Add(person);
        await db.SaveChangesAsync(cancellationToken);
        return (person, null);
    }

    public async Task RemoveAsync(Participation participation, Guid personId, CancellationToken cancellationToken) =>
        await db.Set<FirmPerson>().Where(p => p.Id == personId && p.ParticipationId == participation.Id).ExecuteDeleteAsync(cancellationToken);

    public string TypeName(ParticipationType type) => type switch
    {
        ParticipationType.Exhibitor => l["an exhibitor"],
        ParticipationType.Supplier => l["a supplier"],
        _ => l["a prime contractor"],
    };
}
