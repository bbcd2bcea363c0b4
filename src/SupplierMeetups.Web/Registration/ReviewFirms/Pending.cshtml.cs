using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using SupplierMeetups.Web.Events.Contracts;
using SupplierMeetups.Web.Identity;
using SupplierMeetups.Web.Platform.Http.Input;
using SupplierMeetups.Web.Platform.Security;

namespace SupplierMeetups.Web.Registration.ReviewFirms;

/// <summary>The organizers' queue of firms waiting for approval in an event, with look-alike firms flagged for merging.</summary>
[Authorize(Roles = Roles.Organizer)]
public sealed class PendingModel(FirmReview review, IEventQueries events, IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid EventId { get; set; }

    public EventInfo? Event { get; private set; }
    public IReadOnlyList<PendingFirm> Firms { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Event = await events.FindAsync(EventId, cancellationToken);
        if (Event is null)
        {
            return NotFound();
        }
        Firms = await review.PendingAsync(EventId, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostApproveAsync(Guid firmId, CancellationToken cancellationToken)
    {
        if (await review.ApproveAsync(EventId, firmId, cancellationToken) is not null)
        {
            return NotFound();
        }
        TempData["Status"] = l["The firm is approved; the contact is told by e-mail and the representatives get their badges."].Value;
        return Redirect(Request.Path);
    }

    public async Task<IActionResult> OnPostRejectAsync(Guid firmId, [MultilineText] string? reason, CancellationToken cancellationToken)
    {
        var refusal = await review.RejectAsync(EventId, firmId, reason, cancellationToken);
        if (refusal is { Status: not StatusCodes.Status404NotFound })
        {
            ModelState.AddModelError("", refusal.Message);
            return await OnGetAsync(cancellationToken);
        }
        if (refusal is not null)
        {
            return NotFound();
        }
        TempData["Status"] = l["The firm is rejected; the contact is told the reason by e-mail."].Value;
        return Redirect(Request.Path);
    }
}
