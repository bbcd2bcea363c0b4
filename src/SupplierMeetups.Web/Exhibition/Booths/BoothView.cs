using Microsoft.EntityFrameworkCore;
using SupplierMeetups.Web.Platform.Localization;
using SupplierMeetups.Web.Platform.Persistence;

namespace SupplierMeetups.Web.Exhibition.Booths;

/// <summary>A booth with its status at the time of reading and the firm that holds it.</summary>
public sealed record BoothView(Booth Booth, BoothStatus Status, Guid? FirmId, string? FirmName, DateTimeOffset? HeldUntil);

/// <summary>Reads an event's booths with who holds them; expired holds read as available.</summary>
public sealed class BoothQuery(AppDbContext db, IParticipantFirms firms, TimeProvider clock)
{
    public async Task<IReadOnlyList<BoothView>> ForEventAsync(Guid eventId, CancellationToken cancellationToken)
    {
        var booths = await db.Set<Booth>().AsNoTracking().Where(b => b.EventId == eventId).ToListAsync(cancellationToken);
        var assignments = await db.Set<BoothAssignment>().AsNoTracking().Where(a => a.EventId == eventId).ToDictionaryAsync(a => a.BoothId, cancellationToken);
        var firmIds = assignments.Values.Select(a => a.FirmId).Distinct().ToList();
        var names = await firms.ShortNamesAsync(firmIds, cancellationToken);
        var now = clock.GetUtcNow();
        return booths
            .OrderBy(b => b.HallName, TurkishText.Order).ThenBy(b => b.Code, StringComparer.Ordinal)
            .Select(b =>
            {
                var a = assignments.GetValueOrDefault(b.Id);
                var status = b.StatusWith(a, now);
                var holds = status is BoothStatus.Held or BoothStatus.Assigned;
                return new BoothView(b, status, holds ? a!.FirmId : null, holds ? names.GetValueOrDefault(a!.FirmId) : null, holds ? a!.HeldUntil : null);
            })
            .ToList();
    }

    /// <summary>The approved exhibitors of the event, in Turkish alphabetical order.</summary>
    public Task<IReadOnlyList<FirmName>> ApprovedExhibitorsAsync(Guid eventId, CancellationToken cancellationToken) =>
        firms.ApprovedAsync(eventId, ParticipationType.Exhibitor, cancellationToken);
}
