using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SupplierMeetups.Web.Events.Contracts;
using SupplierMeetups.Web.Platform.Persistence;

namespace SupplierMeetups.Web.Registration.MyFirm;

public sealed record MyParticipation(Participation Participation, EventInfo Event);

/// <summary>The signed-in contact's firm: its registrations with their approval status, and links to keep it up to date.</summary>
[Authorize]
public sealed class MyFirmModel(AppDbContext db, IEventQueries eventQueries, FirmAccess access) : PageModel
{
    public Firm? Firm { get; private set; }
    public IReadOnlyList<MyParticipation> Participations { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await access.FirmOfAsync(User, cancellationToken) is not { } firmId)
        {
            return Page();
        }
        Firm = await db.Set<Firm>().AsNoTracking().SingleAsync(f => f.Id == firmId, cancellationToken);
        var participations = await db.Set<Participation>().AsNoTracking().Where(p => p.FirmId == firmId).ToListAsync(cancellationToken);
        var eventIds = participations.Select(p => p.EventId).ToList();
        var events = await eventQueries.FindManyAsync(eventIds, cancellationToken);
        Participations = participations.Select(p => new MyParticipation(p, events[p.EventId])).OrderByDescending(p => p.Event.StartDate).ToList();
        return Page();
    }
}
