using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SupplierMeetups.Web.Identity;
using SupplierMeetups.Web.Platform.Security;

namespace SupplierMeetups.Web.Matchmaking.Outcomes;

[Authorize(Roles = Roles.Organizer)]
public sealed class OutcomeReportModel(OutcomeService outcomes) : PageModel
{
    public IReadOnlyList<OutcomeTotals> Rows { get; private set; } = [];

    public async Task OnGetAsync(Guid eventId, CancellationToken cancellationToken) =>
        Rows = await outcomes.TotalsAsync(eventId, cancellationToken);
}
