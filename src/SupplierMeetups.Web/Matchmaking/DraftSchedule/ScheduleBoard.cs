using Microsoft.EntityFrameworkCore;
using SupplierMeetups.Scheduling;
using SupplierMeetups.Web.Events.Contracts;
using SupplierMeetups.Web.Matchmaking.Availability;
using SupplierMeetups.Web.Platform.Persistence;
using SupplierMeetups.Web.Registration;

namespace SupplierMeetups.Web.Matchmaking.DraftSchedule;

/// <summary>
/// Everything scheduling needs about one event, loaded at once: slots, tables and who owns them, each firm's
/// capacity and unavailable slots, and the accepted requests (tracked, so a draft or an adjustment saves them).
/// </summary>
public sealed class ScheduleBoard
{
    public required EventInfo Event { get; init; }
    public required IReadOnlyList<MeetingSlot> Slots { get; init; }
    public required IReadOnlyList<string> Tables { get; init; }
    public required Dictionary<string, Guid> DeskOwner { get; init; }
    public required Dictionary<Guid, FirmCard> Firms { get; init; }
    public required Dictionary<Guid, FirmAvailability> Availability { get; init; }
    public required List<MeetingRequest> Accepted { get; init; }

    public int Capacity(Guid participationId) =>
        Firms.TryGetValue(participationId, out var firm) && firm.IsPrime ? Math.Max(1, Availability.GetValueOrDefault(participationId)?.DesksAtOnce ?? 1) : 1;

    public bool Unavailable(Guid participationId, string slot) =>
        Availability.GetValueOrDefault(participationId)?.UnavailableSlots.Contains(slot) == true;

    public IEnumerable<string> DesksOf(Guid primeId) => DeskOwner.Where(d => d.Value == primeId).Select(d => d.Key);

    public static async Task<ScheduleBoard?> LoadAsync(AppDbContext db, IEventQueries events, Participants participants, Guid eventId, CancellationToken cancellationToken)
    {
        var theEvent = await events.FindAsync(eventId, cancellationToken);
        if (theEvent is null)
        {
            return null;
        }
        var firms = await participants.AllAsync(eventId, cancellationToken);
        var approved = firms.Values.Where(f => f.Status == ParticipationStatus.Approved).ToDictionary(f => f.ParticipationId);
        var accepted = await db.Set<MeetingRequest>()
            .Where(r => r.EventId == eventId && r.Status == RequestStatus.Accepted).OrderBy(r => r.CreatedAt).ThenBy(r => r.Id).ToListAsync(cancellationToken);
        return new ScheduleBoard
        {
            Event = theEvent,
            Slots = theEvent.Slots(),
            Tables = theEvent.Tables.Select(t => t.Code).Order(StringComparer.Ordinal).ToList(),
            DeskOwner = await db.Set<PrimeDesk>().AsNoTracking().Where(d => d.EventId == eventId).ToDictionaryAsync(d => d.TableCode, d => d.PrimeId, cancellationToken),
            Firms = approved,
            Availability = await db.Set<FirmAvailability>().AsNoTracking().Where(a => a.EventId == eventId).ToDictionaryAsync(a => a.ParticipationId, cancellationToken),
            Accepted = accepted.Where(r => approved.ContainsKey(r.PrimeId) && approved.ContainsKey(r.SupplierId)).ToList(),
        };
    }

    /// <summary>The engine's view: participants named after their firms (the engine's reasons name them), published meetings fixed.</summary>
    public (SchedulingProblem Problem, Dictionary<string, Guid> ParticipantIds) ToProblem()
    {
        var labels = new Dictionary<Guid, string>();
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var firm in Firms.Values.OrderBy(f => f.ShortName, StringComparer.Ordinal).ThenBy(f => f.ParticipationId))
        {
            var label = firm.ShortName;
            for (var n = 2; !used.Add(label); n++)
            {
                label = $"{firm.ShortName} ({n})";
            }
            labels[firm.ParticipationId] = label;
        }
        var slotIds = Slots.Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        var involved = Accepted.SelectMany(r => new[] { r.PrimeId, r.SupplierId }).ToHashSet();
        var participants = involved.Select(id => new Participant(
            labels[id],
            Firms[id].IsPrime ? "prime" : "supplier",
            Capacity(id),
            DesksOf(id).Order(StringComparer.Ordinal).ToList(),
            (Availability.GetValueOrDefault(id)?.UnavailableSlots ?? []).Where(slotIds.Contains).ToList())).ToList();
        var problem = new SchedulingProblem(
            Event.NameEn,
            Slots.Select(s => new Slot(s.Id, s.Day, null, (int)(s.End - s.Start).TotalMinutes)).ToList(),
            Tables.Where(t => !DeskOwner.ContainsKey(t)).ToList(),
            participants,
            Accepted.Select(r => new Meeting(
                r.Id.ToString("N"), labels[r.PrimeId], labels[r.SupplierId], r.Priority,
                r.IsPublished && r.Slot is not null && r.Table is not null ? new FixedPlacement(r.Slot, r.Table) : null,
                r.PreferredSlot is { } preferred && slotIds.Contains(preferred) ? preferred : null)).ToList());
        return (problem, labels.ToDictionary(x => x.Value, x => x.Key));
    }
}
