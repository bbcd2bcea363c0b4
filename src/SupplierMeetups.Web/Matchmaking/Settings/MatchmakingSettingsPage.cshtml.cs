using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SupplierMeetups.Web.Events.Contracts;
using SupplierMeetups.Web.Platform.Http;
using SupplierMeetups.Web.Platform.Http.Input;
using SupplierMeetups.Web.Platform.Refusals;
using SupplierMeetups.Web.Platform.Security;

namespace SupplierMeetups.Web.Matchmaking.Settings;

/// <summary>
/// Organizers set until when firms may ask for meetings, how long a request waits for an answer, and each firm's quota.
/// The deadline is entered and shown as the venue's clock reads it (the event's time zone) and stored as an instant.
/// </summary>
[Authorize(Roles = Roles.Organizer), ShowsFieldErrors]
public sealed class MatchmakingSettingsPageModel(MatchmakingRules rules, IEventQueries events) : PageModel
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
        var settings = await rules.CurrentAsync(EventId, cancellationToken);
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
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var deadline = Deadline is { } d ? EventTimeZone.At(Event.TimeZone, d) : (DateTimeOffset?)null;
        if ((await rules.SaveAsync(EventId, deadline, ExpiryHours, Quota, cancellationToken)).Refusal is { } refusal)
        {
            refusal.AddTo(ModelState);
            return Page();
        }
        return Redirect($"/organizer/events/{EventId}/matchmaking?saved=1");
    }
}
