using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SupplierMeetups.Web.Events.Contracts;
using SupplierMeetups.Web.Platform.Localization;
using SupplierMeetups.Web.Platform.Persistence;
using SupplierMeetups.Web.Platform.Refusals;

namespace SupplierMeetups.Web.Matchmaking.Availability;

public sealed class AvailabilityInput
{
    public List<string> UnavailableSlots { get; set; } = [];
    public int DesksAtOnce { get; set; } = 1;
    /// <summary>Primes only: the codes of the event's tables that are the prime's own desks.</summary>
    public List<string> OwnTables { get; set; } = [];
}

public sealed record AvailabilityView(IReadOnlyList<string> UnavailableSlots, int DesksAtOnce, IReadOnlyList<string> OwnTables);

/// <summary>A firm states when it cannot meet and, for a prime, how many desks it runs at once and which tables are its own.</summary>
public sealed class AvailabilityService(AppDbContext db, IEventQueries events, IStringLocalizer<SharedResource> l)
{
    public async Task<AvailabilityView> GetAsync(FirmCard firm, Guid eventId, CancellationToken cancellationToken)
    {
        var row = await db.Set<FirmAvailability>().AsNoTracking().SingleOrDefaultAsync(a => a.ParticipationId == firm.ParticipationId, cancellationToken);
        var desks = await db.Set<PrimeDesk>().AsNoTracking().Where(d => d.EventId == eventId && d.PrimeId == firm.ParticipationId)
            .Select(d => d.TableCode).ToListAsync(cancellationToken);
        return new AvailabilityView(row?.UnavailableSlots ?? [], row?.DesksAtOnce ?? 1, desks.Order(StringComparer.Ordinal).ToList());
    }

    public async Task<Outcome<AvailabilityView>> SaveAsync(FirmCard firm, Guid eventId, AvailabilityInput input, CancellationToken cancellationToken)
    {
        var theEvent = await events.FindAsync(eventId, cancellationToken);
        if (theEvent is null)
        {
            return new Refusal(l["There is no such event."], StatusCodes.Status404NotFound);
        }
        var slots = theEvent.Slots().Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        var tables = theEvent.Tables.Select(t => t.Code).ToHashSet(StringComparer.Ordinal);
        if (input.UnavailableSlots.FirstOrDefault(s => !slots.Contains(s)) is { } unknownSlot)
        {
            return new Refusal(l["{0} is not a meeting slot of this event.", unknownSlot]);
        }
        if (input.DesksAtOnce is < 1 or > 20)
        {
            return new Refusal(l["{0} must be between {1} and {2}.", l["Desks at once"], 1, 20]);
        }
        var own = input.OwnTables.Where(t => t.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        if (!firm.IsPrime && (own.Count > 0 || input.DesksAtOnce != 1))
        {
            return new Refusal(l["Only primes run desks of their own."]);
        }
        if (own.FirstOrDefault(t => !tables.Contains(t)) is { } unknownTable)
        {
            return new Refusal(l["{0} is not a meeting table of this event.", unknownTable]);
        }
        var taken = await db.Set<PrimeDesk>().Where(d => d.EventId == eventId && own.Contains(d.TableCode) && d.PrimeId != firm.ParticipationId)
            .Select(d => d.TableCode).ToListAsync(cancellationToken);
        if (taken.Count > 0)
        {
            return new Refusal(l["Table {0} already belongs to another prime.", string.Join(", ", taken)]);
        }
        var row = await db.Set<FirmAvailability>().SingleOrDefaultAsync(a => a.ParticipationId == firm.ParticipationId, cancellationToken);
        if (row is null)
        {
            row = new FirmAvailability { ParticipationId = firm.ParticipationId, EventId = eventId };
            db.Add(row);
        }
        row.UnavailableSlots = input.UnavailableSlots.Distinct(StringComparer.Ordinal).ToList();
        row.DesksAtOnce = input.DesksAtOnce;
        var current = await db.Set<PrimeDesk>().Where(d => d.EventId == eventId && d.PrimeId == firm.ParticipationId).ToListAsync(cancellationToken);
        db.RemoveRange(current.Where(d => !own.Contains(d.TableCode)));
        db.AddRange(own.Where(code => current.All(d => d.TableCode != code)).Select(code => new PrimeDesk { EventId = eventId, TableCode = code, PrimeId = firm.ParticipationId }));
        await db.SaveChangesAsync(cancellationToken);
        return new AvailabilityView(row.UnavailableSlots, row.DesksAtOnce, own.Order(StringComparer.Ordinal).ToList());
    }
}
