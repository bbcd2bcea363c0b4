using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using SupplierMeetups.Web.Exhibition.AssignBooth;
using SupplierMeetups.Web.Exhibition.Booths;
using SupplierMeetups.Web.Identity;
using SupplierMeetups.Web.Platform.Localization;
using SupplierMeetups.Web.Platform.Security;

namespace SupplierMeetups.Web.Exhibition.ProposeAssignment;

/// <summary>The organizer reviews a proposal, moves firms to other free booths, and confirms it.</summary>
[Authorize(Roles = Roles.Organizer)]
public sealed class ProposalModel(ProposalService proposals, BoothQuery query, IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid EventId { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid ProposalId { get; set; }

    [BindProperty]
    public Guid FirmId { get; set; }

    [BindProperty]
    public Guid? BoothId { get; set; }

    public ProposalResponse? Proposal { get; private set; }
    public IReadOnlyList<BoothView> FreeBooths { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await LoadAsync(cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostChangeAsync(CancellationToken cancellationToken)
    {
        var refusal = await proposals.ChangeAsync(EventId, ProposalId, FirmId, BoothId, cancellationToken);
        if (refusal is { Status: StatusCodes.Status404NotFound }) return NotFound();
        if (refusal is not null) ModelState.AddModelError(string.Empty, refusal.Message);
        return await LoadAsync(cancellationToken) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostConfirmAsync(CancellationToken cancellationToken)
    {
        var refusal = await proposals.ConfirmAsync(EventId, ProposalId, cancellationToken);
        if (refusal is { Status: StatusCodes.Status404NotFound }) return NotFound();
        if (refusal is null) return Redirect($"/organizer/events/{EventId}/booths");
        ModelState.AddModelError(string.Empty, refusal.Message);
        return await LoadAsync(cancellationToken) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        var proposal = await proposals.FindAsync(EventId, ProposalId, cancellationToken);
        if (proposal is null) return false;
        Proposal = await proposals.DescribeAsync(proposal, l, cancellationToken);
        var used = Proposal.Placements.Select(p => p.BoothId).ToHashSet();
        FreeBooths = (await query.ForEventAsync(EventId, cancellationToken)).Where(v => v.Status == BoothStatus.Available && !used.Contains(v.Booth.Id)).ToList();
        return true;
    }
}
