using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using SupplierMeetups.Web.Events.Contracts;
using SupplierMeetups.Web.Platform.Http.Input;
using SupplierMeetups.Web.Platform.Localization;
using SupplierMeetups.Web.Platform.Security;

namespace SupplierMeetups.Web.CheckIn.Kiosk;

/// <summary>The organizers set the kiosks' badge paper and reprint limit, and read who printed what and when.</summary>
[Authorize(Roles = Roles.Organizer), ShowsFieldErrors]
public sealed class SettingsModel(KioskDesk desk, IEventDays events, IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid EventId { get; set; }

    [BindProperty]
    public KioskSettingsInput Input { get; set; } = new();

    public EventDays? Event { get; private set; }

    public IReadOnlyList<KioskPrint> Prints { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }
        var settings = await desk.SettingsAsync(EventId, cancellationToken);
        Input = new KioskSettingsInput { Paper = settings.Paper, ReprintLimit = settings.ReprintLimit };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var outcome = await desk.SaveSettingsAsync(EventId, Input.Paper, Input.ReprintLimit, cancellationToken);
        if (outcome.Refusal is { } refusal)
        {
            ModelState.AddModelError($"Input.{refusal.Field}", refusal.Message);
            return Page();
        }
        TempData["Status"] = l["Kiosk settings saved."].Value;
        return Redirect($"/organizer/events/{EventId}/kiosk");
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        Event = await events.FindAsync(EventId, cancellationToken);
        if (Event is null)
        {
            return false;
        }
        Prints = await desk.LogAsync(EventId, 200, cancellationToken);
        return true;
    }
}
