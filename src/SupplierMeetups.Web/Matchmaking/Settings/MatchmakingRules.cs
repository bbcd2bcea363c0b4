using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SupplierMeetups.Web.Events.Contracts;
using SupplierMeetups.Web.Platform.Persistence;
using SupplierMeetups.Web.Platform.Refusals;

namespace SupplierMeetups.Web.Matchmaking.Settings;

/// <summary>
/// An event's matchmaking rules as organizers set them, for the settings page and its API: reads them (the defaults
/// until saved) and saves them whole, refusing a request deadline after the event's end.
/// </summary>
public sealed class MatchmakingRules(AppDbContext db, IEventQueries events, IStringLocalizer<SharedResource> l)
{
    /// <summary>The saved rules, or the defaults of an event that has none yet (not stored: a read changes nothing).</summary>
    public async Task<MatchmakingSettings> CurrentAsync(Guid eventId, CancellationToken cancellationToken) =>
        await db.Set<MatchmakingSettings>().AsNoTracking().SingleOrDefaultAsync(s => s.EventId == eventId, cancellationToken)
        ?? MatchmakingSettings.DefaultsFor(eventId);

    /// <summary>
    /// Replaces the rules. <paramref name="deadline"/> is an instant (the page turns the venue's wall-clock time into
    /// one); past the event's last day it is refused at "Deadline". Saving the same values again changes nothing more.
    /// </summary>
    public async Task<Outcome<MatchmakingSettings>> SaveAsync(
        Guid eventId, DateTimeOffset? deadline, int expiryHours, int quota, CancellationToken cancellationToken)
    {
        if (await events.FindAsync(eventId, cancellationToken) is not { } e)
        {
            return new Refusal(l["There is no such event."], StatusCodes.Status404NotFound);
        }
        // Requests can never be asked for after the event: a deadline past its last day is refused at the field.
        if (deadline is { } asked && asked > EventTimeZone.EndOf(e.EndDate, e.TimeZone))
        {
            return Refusal.AtField("Deadline", l["The deadline cannot be after the event's end ({0}).", e.EndDate.ToString("d", System.Globalization.CultureInfo.CurrentCulture)]);
        }
        var settings = await db.Set<MatchmakingSettings>().SingleOrDefaultAsync(s => s.EventId == eventId, cancellationToken);
        if (settings is null)
        {
            settings = MatchmakingSettings.DefaultsFor(eventId);
            db.Add(settings);
        }
        settings.RequestDeadline = deadline?.ToUniversalTime();
        settings.ExpiryHours = expiryHours;
        settings.QuotaPerParticipant = quota;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException) when (db.Entry(settings).State == EntityState.Added)
        {
            // Two organizers saved the first rules at once: the other one's row stands, saved again with these values.
            db.ChangeTracker.Clear();
            return await SaveAsync(eventId, deadline, expiryHours, quota, cancellationToken);
        }
        return settings;
    }
}
