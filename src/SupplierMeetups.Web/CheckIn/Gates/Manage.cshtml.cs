using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SupplierMeetups.Web.Events.Contracts;
using SupplierMeetups.Web.Platform.Http.Input;
using SupplierMeetups.Web.Platform.Security;

namespace SupplierMeetups.Web.CheckIn.Gates;

/// <summary>The organizers name the event's gates, the scanning stations door staff choose from.</summary>
[Authorize(Roles = Roles.Organizer), ShowsFieldErrors]
public sealed class ManageModel(IEventDays events, GateList gates) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid EventId { get; set; }

    [BindProperty]
    public GateInput Input { get; set; } = new();

    public EventDays? Event { get; private set; }

    public IReadOnlyList<GateResponse> Gates { get; private set; } = [];

    public string? Added => Request.Query["added"];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await LoadAsync(cancellationToken) ? Page() : NotFound();

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
        var outcome = await gates.AddAsync(EventId, Input, cancellationToken);
        if (outcome.Refusal is { } refusal)
        {
            ModelState.AddModelError("Input.Name", refusal.Message);
            return Page();
        }
        return Redirect($"/organizer/events/{EventId}/gates?added={Uri.EscapeDataString(outcome.Value!.Name)}");
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        Event = await events.FindAsync(EventId, cancellationToken);
        if (Event is null)
        {
            return false;
        }
        Gates = await gates.OfAsync(EventId, cancellationToken);
        return true;
    }
}
