using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using SupplierMeetups.Web.Events.Contracts;
using SupplierMeetups.Web.Platform.Http.Input;
using SupplierMeetups.Web.Platform.Localization;

namespace SupplierMeetups.Web.CheckIn.Kiosk;

/// <summary>
/// The kiosk's page for one event: show the confirmation e-mail's QR code (camera or scanner), or type the e-mail
/// address and the code; the badge then prints. Each rendered form carries a fresh nonce, so a resubmitted form prints once.
/// </summary>
[Authorize(Roles = KioskRoles.Kiosks), ShowsFieldErrors]
public sealed class HomeModel(KioskDesk desk, IEventDays events, IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid EventId { get; set; }

    [BindProperty]
    public KioskPrintRequest Input { get; set; } = new();

    public EventDays? Event { get; private set; }

    public string NewNonce { get; } = Guid.NewGuid().ToString("N");

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        (Event = await events.FindAsync(EventId, cancellationToken)) is null ? NotFound() : Page();

    /// <summary>A scanned QR code: the confirmation e-mail's, or the badge's own for a reprint.</summary>
    public async Task<IActionResult> OnPostQrAsync(CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(Input.Qr))
        {
            ModelState.AddModelError("Input.Qr", l["Show the QR code of your confirmation e-mail to the camera."]);
        }
        return await PrintAsync(new KioskLookup(Input.Qr, null, null), cancellationToken);
    }

    public async Task<IActionResult> OnPostCodeAsync(CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(Input.Email))
        {
            ModelState.AddModelError("Input.Email", l["Enter the e-mail address you registered with."]);
        }
        if (string.IsNullOrWhiteSpace(Input.Code))
        {
            ModelState.AddModelError("Input.Code", l["Enter the code from your confirmation e-mail."]);
        }
        return await PrintAsync(new KioskLookup(null, Input.Email, Input.Code), cancellationToken);
    }

    private async Task<IActionResult> PrintAsync(KioskLookup lookup, CancellationToken cancellationToken)
    {
        if ((Event = await events.FindAsync(EventId, cancellationToken)) is null)
        {
            return NotFound();
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var outcome = await desk.PrintAsync(EventId, lookup, Input.Nonce, KioskUser.Of(User), cancellationToken);
        if (outcome.Refusal is { } refusal)
        {
            ModelState.AddModelError(string.Empty, refusal.Message);
            return Page();
        }
        return Redirect($"/kiosk/events/{EventId}/prints/{outcome.Value!.Id}");
    }
}
