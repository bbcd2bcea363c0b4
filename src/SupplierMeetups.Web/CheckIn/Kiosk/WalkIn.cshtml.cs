using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using SupplierMeetups.Web.Events.Contracts;
using SupplierMeetups.Web.Platform.Http.Input;
using SupplierMeetups.Web.Platform.Localization;
using SupplierMeetups.Web.Registration.Contracts;

namespace SupplierMeetups.Web.CheckIn.Kiosk;

/// <summary>Walk-in registration at the kiosk: name, organization, e-mail, country and the consents; the badge prints at once.</summary>
[Authorize(Roles = KioskRoles.Kiosks), ShowsFieldErrors]
public sealed class WalkInModel(KioskDesk desk, IKioskVisitors visitors, IEventDays events, IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid EventId { get; set; }

    [BindProperty]
    public WalkInInput Input { get; set; } = new();

    public EventDays? Event { get; private set; }

    public ConsentNotice? Consent { get; private set; }

    public string NewNonce { get; } = Guid.NewGuid().ToString("N");

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await LoadAsync(cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }
        if (!Input.AcceptConsent)
        {
            ModelState.AddModelError("Input.AcceptConsent", l["Please read the personal data notice and give your consent: without it we cannot register you."]);
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var outcome = await desk.WalkInAsync(EventId, Input.ToWalkIn(), Input.Nonce, HttpContext.Connection.RemoteIpAddress?.ToString(), KioskUser.Of(User), cancellationToken);
        if (outcome.Refusal is { } refusal)
        {
            ModelState.AddModelError(refusal.Field is null ? string.Empty : $"Input.{refusal.Field}", refusal.Message);
            return Page();
        }
        return Redirect($"/kiosk/events/{EventId}/prints/{outcome.Value!.Id}");
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        Event = await events.FindAsync(EventId, cancellationToken);
        if (Event is null)
        {
            return false;
        }
        Consent = await visitors.ConsentNoticeAsync(EventId, LanguageOf.Current, cancellationToken);
        Input.ConsentTextId ??= Consent?.Id;
        return true;
    }
}
