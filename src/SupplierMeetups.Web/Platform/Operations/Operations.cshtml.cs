using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SupplierMeetups.Web.Platform.Security;

namespace SupplierMeetups.Web.Platform.Operations;

[Authorize(Roles = Roles.Organizer)]
public sealed class OperationsModel(OutboxOperations operations) : PageModel
{
    public OutboxSummary Summary { get; private set; } = new(0, 0, 0, 0);
    public IReadOnlyList<StuckEmail> Trouble { get; private set; } = [];

    [BindProperty(SupportsGet = true)]
    public string? Retried { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Summary = await operations.SummaryAsync(cancellationToken);
        Trouble = await operations.TroubleAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostRetryAsync(Guid id, CancellationToken cancellationToken)
    {
        var email = (await operations.TroubleAsync(cancellationToken)).FirstOrDefault(e => e.Id == id);
        if (email is null || !await operations.RetryAsync(id, cancellationToken))
        {
            return NotFound();
        }
        return Redirect($"/organizer/operations?retried={Uri.EscapeDataString(email.ToAddress)}");
    }
}
