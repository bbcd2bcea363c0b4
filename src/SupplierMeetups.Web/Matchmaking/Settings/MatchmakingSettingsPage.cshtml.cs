using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SupplierMeetups.Web.Events.Contracts;
using SupplierMeetups.Web.Identity;
using SupplierMeetups.Web.Platform.Http;
using SupplierMeetups.Web.Platform.Http.Input;
using SupplierMeetups.Web.Platform.Localization;
using SupplierMeetups.Web.Platform.Persistence;
using SupplierMeetups.Web.Platform.Security;

namespace SupplierMeetups.Web.Matchmaking.Settings;

/// <summary>
/// Organizers set until when firms may ask for meetings, how long a request waits for an answer, and each firm's quota.
/// The deadline is entered and shown as the venue's clock reads it (the event's time zone) and stored as an instant.
/// </summary>
[Authorize(Roles = Roles.Organizer), ShowsFieldErrors]
public sealed class MatchmakingSettingsPageModel(AppDbContext db, IEventQueries events, IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid EventId { get; set; }

    /// <summary>Wall-clock time at the venue, without an offset.</summary>
    [BindProperty, Display(Name = "Request deadline")]
    public DateTime? Deadline { get; set; }

    [BindProperty, Range(1, 24 * 60, ErrorMessage = ValidationMessages.Range), Display(Name = "Requests expire after (hours)")]
    public int ExpiryHours { get; set; } = MatchmakingSettings.DefaultExpiryHours;

    [BindProperty, Range(1, 10000, ErrorMessage = ValidationMessages.Range), Display(Name = "Requests each firm may send")]
    public int Quota { get; set; } = MatchmakingSettings.DefaultQuota;

    public bool Saved { get; private set; }

    public EventInfo? Event { get; private set; }

    /// <summary>The saved deadline as an instant, shown in UTC beside the venue's time.</summary>
    public DateTimeOffset? StoredDeadline { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Event = await events.FindAsync(EventId, cancellationToken);
        if (Event is null)
        {
            return NotFound();
        }
        var settings = await db.Set<MatchmakingSettings>().AsNoTracking().SingleOrDefaultAsync(s => s.EventId == EventId, cancellationToken) ?? MatchmakingSettings.DefaultsFor(EventId);
        StoredDeadline = settings.RequestDeadline;
        (Deadline, ExpiryHours, Quota) = (settings.RequestDeadline is { } d ? Event.ToVenue(d).DateTime : null, settings.ExpiryHours, settings.QuotaPerParticipant);
        Saved = Request.Query.ContainsKey("saved");
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        Event = await events.FindAsync(EventId, cancellationToken);
        if (Event is null)
        {
            return NotFound();
        }
        // Requests can never be asked for after the event: a deadline past its last day is refused at the field.
        if (Deadline is { } asked && EventTimeZone.At(Event.TimeZone, asked) > EventTimeZone.EndOf(Event.EndDate, Event.TimeZone))
        {
            ModelState.AddModelError(nameof(Deadline), l["The deadline cannot be after the event's end ({0}).", Event.EndDate.ToString("d", System.Globalization.CultureInfo.CurrentCulture)]);
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var settings = await db.Set<MatchmakingSettings>().SingleOrDefaultAsync(s => s.EventId == EventId, cancellationToken);
        if (settings is null)
        {
            settings = MatchmakingSettings.DefaultsFor(EventId);
            db.Add(settings);
        }
        settings.RequestDeadline = Deadline is { } d ? EventTimeZone.At(Event.TimeZone, d).ToUniversalTime() : null;
        settings.ExpiryHours = ExpiryHours;
        settings.QuotaPerParticipant = Quota;
        await db.SaveChangesAsync(cancellationToken);
        return Redirect($"/organizer/events/{EventId}/matchmaking?saved=1");
    }
}
