using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SupplierMeetups.Web.Events.Contracts;
using SupplierMeetups.Web.Identity;
using SupplierMeetups.Web.Platform.Localization;
using SupplierMeetups.Web.Platform.Security;

namespace SupplierMeetups.Web.Registration.Figures;

[Authorize(Roles = Roles.Organizer)]
public sealed class FiguresModel(IEventQueries events, EventFigures figures) : PageModel
{
    public FiguresReport? Report { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid eventId, CancellationToken cancellationToken)
    {
        var e = await events.FindAsync(eventId, cancellationToken);
        if (e is null)
        {
            return NotFound();
        }
        Report = await figures.ComputeAsync(e, LanguageOf.Current, cancellationToken);
        return Page();
    }
}
