using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SupplierMeetups.Web.Events.Contracts;
using SupplierMeetups.Web.Identity;
using SupplierMeetups.Web.Platform.Refusals;
using SupplierMeetups.Web.Platform.Security;

namespace SupplierMeetups.Web.Matchmaking.Availability;

/// <summary>A firm ticks the slots it cannot meet in; a prime also gives its desks at once and picks its own tables.</summary>
[Authorize(Roles = Roles.Prime + "," + Roles.Supplier)]
public sealed class MyAvailabilityModel(Participants participants, IEventQueries events, AvailabilityService availability) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid EventId { get; set; }

    [BindProperty]
    public AvailabilityInput Input { get; set; } = new();

    public FirmCard? Me { get; private set; }
    public EventInfo? Event { get; private set; }
    public bool Saved { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }
        var current = await availability.GetAsync(Me!, EventId, cancellationToken);
        Input = new AvailabilityInput { UnavailableSlots = current.UnavailableSlots.ToList(), DesksAtOnce = current.DesksAtOnce, OwnTables = current.OwnTables.ToList() };
        Saved = Request.Query.ContainsKey("saved");
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }
        var outcome = await availability.SaveAsync(Me!, EventId, Input, cancellationToken);
        if (outcome.Refusal is { } refusal)
        {
            ModelState.AddModelError(string.Empty, refusal.Message);
            return Page();
        }
        return Redirect($"/events/{EventId}/availability?saved=1");
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        Me = await participants.SignedInAsync(EventId, User, cancellationToken);
        Event = await events.FindAsync(EventId, cancellationToken);
        return Me is not null && Event is not null;
    }
}
