using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SupplierMeetups.Web.Events.Contracts;
using SupplierMeetups.Web.Platform.Http;
using SupplierMeetups.Web.Platform.Localization;
using SupplierMeetups.Web.Platform.Persistence;
using SupplierMeetups.Web.Platform.Refusals;

namespace SupplierMeetups.Web.CheckIn.Gates;

public sealed record GateResponse(Guid Id, string Name);

public sealed class GateInput
{
    [Required(ErrorMessage = ValidationMessages.Required), Display(Name = "Gate name")]
    [StringLength(Gate.NameMaxLength, ErrorMessage = ValidationMessages.MaxLength)]
    public string? Name { get; set; }
}

/// <summary>An event's gates, shared by the organizers' page and the API.</summary>
public sealed class GateList(AppDbContext db, IEventDays events, TimeProvider clock, IStringLocalizer<SharedResource> l)
{
    public async Task<IReadOnlyList<GateResponse>> OfAsync(Guid eventId, CancellationToken cancellationToken)
    {
        var gates = await db.Set<Gate>().AsNoTracking().Where(g => g.EventId == eventId).Select(g => new GateResponse(g.Id, g.Name)).ToListAsync(cancellationToken);
        return gates.OrderBy(g => g.Name, TurkishText.Order).ToList();
    }

    public async Task<Outcome<GateResponse>> AddAsync(Guid eventId, GateInput input, CancellationToken cancellationToken)
    {
        if (await events.FindAsync(eventId, cancellationToken) is null)
        {
            return new Refusal(l["There is no such event."], StatusCodes.Status404NotFound);
        }
        var name = input.Name!.Trim();
        if (name.Length == 0)
        {
            return new Refusal(l["Give the gate a name."]);
        }
        if (await db.Set<Gate>().AnyAsync(g => g.EventId == eventId && g.Name == name, cancellationToken))
        {
            return new Refusal(l["This event already has a gate named {0}.", name], StatusCodes.Status409Conflict);
        }
        var gate = new Gate { EventId = eventId, Name = name, CreatedAt = clock.GetUtcNow() };
        db.Add(gate);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            return new Refusal(l["This event already has a gate named {0}.", name], StatusCodes.Status409Conflict);
        }
        return new GateResponse(gate.Id, gate.Name);
    }
}
