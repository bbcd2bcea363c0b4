using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SupplierMeetups.Web.Events.Contracts;
using SupplierMeetups.Web.Matchmaking.Contracts;

namespace SupplierMeetups.Web.CheckIn.MeetingCheckIn;

/// <summary>The meetings to check in: at one table (staff standing at it), or a firm's own.</summary>
[Authorize(Roles = MeetingRoles.TableScanners)]
public sealed class TablesModel(TableCheckIns tables, IEventDays events) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid EventId { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Table { get; set; }

    public EventDays? Event { get; private set; }

    public IReadOnlyList<TableMeeting> Meetings { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Event = await events.FindAsync(EventId, cancellationToken);
        if (Event is null)
        {
            return NotFound();
        }
        Meetings = await tables.AtTableAsync(EventId, Table?.Length > 40 ? null : Table, User, cancellationToken);
        return Page();
    }
}
