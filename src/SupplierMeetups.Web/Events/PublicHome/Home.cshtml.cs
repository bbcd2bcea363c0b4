using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SupplierMeetups.Web.Platform.Persistence;

namespace SupplierMeetups.Web.Events.PublicHome;

/// <summary>The public home, "/": the events, newest first.</summary>
[AllowAnonymous]
public sealed class HomeModel(AppDbContext db) : PageModel
{
    public IReadOnlyList<Event> Events { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Events = await db.Set<Event>().AsNoTracking().OrderByDescending(e => e.StartDate).ToListAsync(cancellationToken);
}
