using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SupplierMeetups.Web.Platform.Security;

namespace SupplierMeetups.Web.Reporting.Outcomes;

[Authorize(Roles = Roles.Organizer)]
public sealed class OutcomeReportModel(OutcomeTotalsQuery outcomes) : PageModel
{
    public IReadOnlyList<OutcomeTotals> Rows { get; private set; } = [];

    public async Task OnGetAsync(Guid eventId, CancellationToken cancellationToken) =>
        Rows = await outcomes.TotalsAsync(eventId, cancellationToken);
}
