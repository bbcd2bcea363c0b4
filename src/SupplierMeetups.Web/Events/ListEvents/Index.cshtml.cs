using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SupplierMeetups.Web.Identity;
using SupplierMeetups.Web.Platform.Persistence;
using SupplierMeetups.Web.Platform.Security;

namespace SupplierMeetups.Web.Events.ListEvents;

[Authorize(Roles = Roles.Organizer)]
public sealed class IndexModel(AppDbContext db) : PageModel
{
    public IReadOnlyList<Event> Events { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Events = await db.Set<Event>().AsNoTracking().Include(e => e.MeetingDays)
            .OrderByDescending(e => e.StartDate).ToListAsync(cancellationToken);
}
