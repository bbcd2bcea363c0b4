using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SupplierMeetups.Web.Events.Contracts;
using SupplierMeetups.Web.Identity;
using SupplierMeetups.Web.Platform.Http.Input;
using SupplierMeetups.Web.Platform.Security;

namespace SupplierMeetups.Web.Registration.FirmPeople;

/// <summary>Organizers set, per event, how many representatives each participation type may name.</summary>
[Authorize(Roles = Roles.Organizer), ShowsFieldErrors]
public sealed class LimitsModel(IEventQueries events, PeopleRoster roster) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid EventId { get; set; }

    [BindProperty]
    public PeopleLimitsInput Input { get; set; } = new();

    public bool Saved { get; private set; }

    public async Task<IActionResult> OnGetAsync(bool saved, CancellationToken cancellationToken)
    {
        if (!await events.ExistsAsync(EventId, cancellationToken))
        {
            return NotFound();
        }
        var limits = await roster.LimitsAsync(EventId, cancellationToken);
        Input = new PeopleLimitsInput { Exhibitor = limits.Exhibitor, Supplier = limits.Supplier, Prime = limits.Prime };
        Saved = saved;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!await events.ExistsAsync(EventId, cancellationToken))
        {
            return NotFound();
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        if ((await roster.SaveLimitsAsync(EventId, Input, cancellationToken)).Refusal is not null)
        {
            return NotFound();
        }
        return Redirect($"/organizer/events/{EventId}/people-limits?saved=true");
    }
}
