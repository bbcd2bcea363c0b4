using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using SupplierMeetups.Web.Events.Contracts;
using SupplierMeetups.Web.Identity;
using SupplierMeetups.Web.Platform.Http.Input;
using SupplierMeetups.Web.Platform.RateLimiting;
using SupplierMeetups.Web.Platform.Refusals;
using SupplierMeetups.Web.Platform.Security;

namespace SupplierMeetups.Web.Matchmaking.RequestMeeting;

/// <summary>Asks one firm for a meeting: priority, a short note and, if wished, a preferred slot.</summary>
[EnableRateLimiting(RateLimitPolicies.MeetingRequests)]
[Authorize(Roles = Roles.Prime + "," + Roles.Supplier), ShowsFieldErrors]
public sealed class NewRequestModel(Participants participants, IEventQueries events, IEventClosure closure, MeetingRequestService requests) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid EventId { get; set; }

    [BindProperty]
    public RequestMeetingInput Input { get; set; } = new();

    public FirmCard? Target { get; private set; }
    public IReadOnlyList<MeetingSlot> Slots { get; private set; } = [];
    public bool IsOver { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid firmId, CancellationToken cancellationToken)
    {
        Input.FirmId = firmId;
        return await LoadAsync(cancellationToken) ? Page() : NotFound();
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
        var outcome = await requests.RequestAsync(EventId, await participants.SignedInAsync(EventId, User, cancellationToken), Input, cancellationToken);
        if (outcome.Refusal is { } refusal)
        {
            ModelState.AddModelError(string.Empty, refusal.Message);
            return Page();
        }
        return Redirect($"/events/{EventId}/meetings");
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        var theEvent = await events.FindAsync(EventId, cancellationToken);
        Target = Input.FirmId is { } firmId ? await participants.ByFirmAsync(EventId, firmId, cancellationToken) : null;
        Slots = theEvent?.Slots() ?? [];
        IsOver = await closure.IsOverAsync(EventId, cancellationToken);
        return theEvent is not null && Target is not null;
    }
}
