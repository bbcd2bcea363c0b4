using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SupplierMeetups.Web.Identity;
using SupplierMeetups.Web.Platform.Refusals;
using SupplierMeetups.Web.Platform.Security;

namespace SupplierMeetups.Web.Matchmaking.Outcomes;

[Authorize(Roles = Roles.Prime + "," + Roles.Supplier)]
public sealed class RecordOutcomeModel(Participants participants, OutcomeService outcomes) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid EventId { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid MeetingId { get; set; }

    [BindProperty]
    public OutcomeInput Input { get; set; } = new() { Held = true };

    public IActionResult OnGet() => Page();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var me = await participants.SignedInAsync(EventId, User, cancellationToken);
        var outcome = await outcomes.RecordAsync(EventId, me, MeetingId, Input, cancellationToken);
        if (outcome.Refusal is { } refusal)
        {
            ModelState.AddModelError(string.Empty, refusal.Message);
            return Page();
        }
        return Redirect($"/events/{EventId}/agenda");
    }
}
