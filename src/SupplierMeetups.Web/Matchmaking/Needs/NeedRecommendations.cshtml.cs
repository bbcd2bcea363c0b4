using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SupplierMeetups.Web.Identity;
using SupplierMeetups.Web.Platform.Localization;
using SupplierMeetups.Web.Platform.Persistence;
using SupplierMeetups.Web.Platform.Security;
using SupplierMeetups.Web.Registration;

namespace SupplierMeetups.Web.Matchmaking.Needs;

/// <summary>One need with the suppliers ranked by fit and why; the prime that published it (or an organizer) only.</summary>
[Authorize(Roles = Roles.Prime + "," + Roles.Organizer)]
public sealed class NeedRecommendationsModel(AppDbContext db, ICapabilityTaxonomy taxonomy, Participants participants, Recommendations recommendations, IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid EventId { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid NeedId { get; set; }

    public PrimeNeed? Need { get; private set; }
    public bool IsOwner { get; private set; }
    public IReadOnlyList<Fit> Fits { get; private set; } = [];
    public NeedLabels? Labels { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Need = await db.Set<PrimeNeed>().AsNoTracking().SingleOrDefaultAsync(n => n.Id == NeedId && n.EventId == EventId, cancellationToken);
        var me = User.IsInRole(Roles.Organizer) ? null : await participants.ApprovedAsync(EventId, User, cancellationToken);
        IsOwner = Need is not null && Need.PrimeId == me?.ParticipationId;
        // Like the API: to another prime, someone else's need and its ranking do not exist.
        if (Need is null || !IsOwner && !User.IsInRole(Roles.Organizer))
        {
            return NotFound();
        }
        Fits = await recommendations.ForNeedAsync(Need, cancellationToken);
        Labels = new NeedLabels(await taxonomy.AllAsync(cancellationToken), l, LanguageOf.Current);
        return Page();
    }
}
