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

public sealed record MatchingNeed(PrimeNeed Need, FirmCard? Prime, Fit Fit);

/// <summary>For a supplier: the primes' needs it fits, best first, with what matched and what is missing, and the way to ask for a meeting.</summary>
[Authorize(Roles = Roles.Supplier)]
public sealed class MatchingNeedsModel(ICapabilityTaxonomy taxonomy, Participants participants, Recommendations recommendations, IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid EventId { get; set; }

    public IReadOnlyList<MatchingNeed> Matches { get; private set; } = [];
    public NeedLabels? Labels { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await participants.ApprovedAsync(EventId, User, cancellationToken) is not { IsPrime: false } me)
        {
            return NotFound();
        }
        var matches = await recommendations.ForSupplierAsync(EventId, me, cancellationToken);
        var primes = await participants.ManyAsync(EventId, matches.Select(m => m.Need.PrimeId).Distinct().ToList(), cancellationToken);
        Matches = matches.Select(m => new MatchingNeed(m.Need, primes.GetValueOrDefault(m.Need.PrimeId), m.Fit)).ToList();
        Labels = new NeedLabels(await taxonomy.AllAsync(cancellationToken), l, LanguageOf.Current);
        return Page();
    }
}
