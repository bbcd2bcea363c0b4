using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SupplierMeetups.Web.Identity;
using SupplierMeetups.Web.Platform.Http.Input;
using SupplierMeetups.Web.Platform.Localization;
using SupplierMeetups.Web.Platform.Persistence;
using SupplierMeetups.Web.Platform.Refusals;
using SupplierMeetups.Web.Platform.Security;

namespace SupplierMeetups.Web.Registration.RegisterFirm;

/// <summary>An organizer invites a prime contractor into the event.</summary>
[Authorize(Roles = Roles.Organizer), ShowsFieldErrors]
public sealed class InvitePrimeModel(PrimeInvitations invitations, AppDbContext db) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid EventId { get; set; }

    [BindProperty]
    public PrimeInviteInput Input { get; set; } = new();

    public IReadOnlyList<CapabilityNode> Capabilities { get; private set; } = [];
    public bool Invited { get; private set; }

    public async Task<IActionResult> OnGetAsync(bool invited, CancellationToken cancellationToken)
    {
        Invited = invited;
        return await LoadAsync(cancellationToken) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        if ((await invitations.InviteAsync(EventId, Input, cancellationToken)).Refusal is { } refusal)
        {
            refusal.AddTo(ModelState, nameof(Input));
            return Page();
        }
        return Redirect($"/organizer/events/{EventId}/primes/invite?invited=true");
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        Capabilities = await CapabilityTree.LoadAsync(db, LanguageOf.Current, cancellationToken);
        return await invitations.EventExistsAsync(EventId, cancellationToken);
    }
}
