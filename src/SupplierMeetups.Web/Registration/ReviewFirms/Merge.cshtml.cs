using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SupplierMeetups.Web.Identity;
using SupplierMeetups.Web.Platform.Persistence;
using SupplierMeetups.Web.Platform.Security;

namespace SupplierMeetups.Web.Registration.ReviewFirms;

/// <summary>An organizer merges a duplicate firm into the one kept, after seeing both side by side.</summary>
[Authorize(Roles = Roles.Organizer)]
public sealed class MergeModel(AppDbContext db, FirmMerger merger) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Keep { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid Drop { get; set; }

    public Firm? Kept { get; private set; }
    public Firm? Dropped { get; private set; }
    public bool Merged { get; private set; }

    public async Task<IActionResult> OnGetAsync(bool merged, CancellationToken cancellationToken)
    {
        Merged = merged;
        Kept = await db.Set<Firm>().AsNoTracking().SingleOrDefaultAsync(f => f.Id == Keep, cancellationToken);
        Dropped = await db.Set<Firm>().AsNoTracking().SingleOrDefaultAsync(f => f.Id == Drop, cancellationToken);
        return Kept is null || Dropped is null && !merged ? NotFound() : Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken) =>
        (await merger.MergeAsync(Keep, Drop, cancellationToken)).Refusal is null ? Redirect($"/organizer/firms/merge?keep={Keep}&drop={Drop}&merged=true") : NotFound();
}
