using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace SupplierMeetups.Web.Events.ShowEvent;

[AllowAnonymous]
public sealed class ShowModel(EventStore store, Contracts.IEventClosure closure) : PageModel
{
    public Event? Event { get; private set; }
    public bool IsOver { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        Event = await store.FindAsync(id, cancellationToken);
        IsOver = Event is not null && await closure.IsOverAsync(id, cancellationToken);
        return Event is null ? NotFound() : Page();
    }
}
