using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SupplierMeetups.Web.Events.Contracts;
using SupplierMeetups.Web.Exhibition.Booths;
using SupplierMeetups.Web.Platform.Http;
using SupplierMeetups.Web.Platform.Localization;
using SupplierMeetups.Web.Platform.Persistence;
using SupplierMeetups.Web.Platform.Refusals;

namespace SupplierMeetups.Web.Exhibition.FloorPlan;

/// <summary>The floor plan's settings of one event (several booths per firm, hold time), for the plan page and its API.</summary>
public sealed class FloorPlanSettings(AppDbContext db, IEventQueries events, IStringLocalizer<SharedResource> l)
{
    public const int MinHoldHours = 1;
    public const int MaxHoldHours = 24 * 30;

    /// <summary>The stored settings, or the defaults while none are stored; 404 without the event.</summary>
    public async Task<Outcome<ExhibitionSettings>> GetAsync(Guid eventId, CancellationToken cancellationToken)
    {
        if (await events.FindAsync(eventId, cancellationToken) is null) return NoEvent();
        return await db.Set<ExhibitionSettings>().AsNoTracking().SingleOrDefaultAsync(s => s.EventId == eventId, cancellationToken)
            ?? new ExhibitionSettings { EventId = eventId };
    }

    /// <summary>Stores the settings (the hold time kept within 1 hour to 30 days); the same call again changes nothing more.</summary>
    public async Task<Outcome<ExhibitionSettings>> SaveAsync(Guid eventId, bool allowSeveralBoothsPerFirm, int holdHours, CancellationToken cancellationToken)
    {
        if (await events.FindAsync(eventId, cancellationToken) is null) return NoEvent();
        for (var attempt = 0; ; attempt++)
        {
            var stored = await db.Set<ExhibitionSettings>().SingleOrDefaultAsync(s => s.EventId == eventId, cancellationToken);
            if (stored is null) db.Add(stored = new ExhibitionSettings { EventId = eventId });
            stored.AllowSeveralBoothsPerFirm = allowSeveralBoothsPerFirm;
            stored.HoldHours = Math.Clamp(holdHours, MinHoldHours, MaxHoldHours);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return stored;
            }
            catch (DbUpdateException) when (attempt == 0)
            {
                // Another save created the row at the same moment: apply these settings to it.
                db.ChangeTracker.Clear();
            }
        }
    }

    private Refusal NoEvent() => new(l["There is no such event."], StatusCodes.Status404NotFound);
}

/// <summary>The floor plan's settings of an event.</summary>
public sealed class FloorPlanSettingsInput
{
    /// <summary>True: a firm may hold several booths; false: one booth per firm.</summary>
    [Required(ErrorMessage = ValidationMessages.Required), Display(Name = "A firm may hold several booths")]
    public bool? AllowSeveralBoothsPerFirm { get; set; }

    /// <summary>Hours a held booth waits for the organizer's confirmation before it is free again (1 to 720).</summary>
    [Required(ErrorMessage = ValidationMessages.Required)]
    [Range(FloorPlanSettings.MinHoldHours, FloorPlanSettings.MaxHoldHours, ErrorMessage = ValidationMessages.Range), Display(Name = "Hours a held booth waits for confirmation")]
    public int? HoldHours { get; set; }
}

/// <summary>The floor plan's settings of an event.</summary>
/// <param name="AllowSeveralBoothsPerFirm">True: a firm may hold several booths; false: one booth per firm.</param>
/// <param name="HoldHours">Hours a held booth waits for the organizer's confirmation before it is free again.</param>
public sealed record FloorPlanSettingsResponse(bool AllowSeveralBoothsPerFirm, int HoldHours)
{
    public static FloorPlanSettingsResponse From(ExhibitionSettings s) => new(s.AllowSeveralBoothsPerFirm, s.HoldHours);
}
