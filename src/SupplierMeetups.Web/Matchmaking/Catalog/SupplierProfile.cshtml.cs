using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SupplierMeetups.Web.Identity;
using SupplierMeetups.Web.Platform.Persistence;
using SupplierMeetups.Web.Platform.Security;

namespace SupplierMeetups.Web.Matchmaking.Catalog;

/// <summary>One supplier's profile as primes see it, with the button to ask for a meeting.</summary>
[Authorize(Roles = Roles.Prime + "," + Roles.Organizer)]
public sealed class SupplierProfileModel(CatalogSearch search, Participants participants, ICapabilityTaxonomy taxonomy) : PageModel
{
    public Guid EventId { get; private set; }
    public FirmProfile? Firm { get; private set; }
    public IReadOnlyList<CapabilityTerm> Capabilities { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid eventId, Guid firmId, CancellationToken cancellationToken)
    {
        EventId = eventId;
        if (!await participants.MayReadAsync(eventId, User, cancellationToken))
        {
            return NotFound();
        }
        Firm = await search.SupplierAsync(eventId, firmId, cancellationToken);
        Capabilities = await taxonomy.AllAsync(cancellationToken);
        return Firm is null ? NotFound() : Page();
    }
}
