using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SupplierMeetups.Web.Events.Contracts;
using SupplierMeetups.Web.Identity;
using SupplierMeetups.Web.Platform.Http.Input;
using SupplierMeetups.Web.Platform.Localization;
using SupplierMeetups.Web.Platform.Persistence;
using SupplierMeetups.Web.Platform.Refusals;
using SupplierMeetups.Web.Platform.Security;
using SupplierMeetups.Web.Registration;

namespace SupplierMeetups.Web.Matchmaking.Needs;

/// <summary>A prime's needs with the form to publish another; organizers read every prime's needs here.</summary>
[Authorize(Roles = Roles.Prime + "," + Roles.Organizer), ShowsFieldErrors]
public sealed class MyNeedsModel(AppDbContext db, IEventClosure closure, ICapabilityTaxonomy taxonomy, IEventQueries events, Participants participants, NeedEditor editor, IStringLocalizer<SharedResource> l)
    : PageModel, INeedForm
{
    [BindProperty(SupportsGet = true)]
    public Guid EventId { get; set; }

    [BindProperty]
    public NeedInput Input { get; set; } = new();

    public EventInfo? Event { get; private set; }

    /// <summary>The signed-in prime; null for an organizer, who only reads.</summary>
    public FirmCard? Me { get; private set; }
    public IReadOnlyList<PrimeNeed> Needs { get; private set; } = [];
    public IReadOnlyDictionary<Guid, FirmCard> Primes { get; private set; } = new Dictionary<Guid, FirmCard>();
    public IReadOnlyList<CapabilityNode> Capabilities { get; private set; } = [];
    public IReadOnlyList<string> Qualifications => NeedLabels.Offered;
    public NeedLabels? Labels { get; private set; }
    public bool IsOver { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await LoadAsync(cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }
        if (Me is null)
        {
            return Forbid();
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var outcome = await editor.AddAsync(EventId, Me, Input, cancellationToken);
        if (outcome.Refusal is { } refusal)
        {
            ModelState.AddModelError(string.Empty, refusal.Message);
            return Page();
        }
        return Redirect($"/events/{EventId}/needs/{outcome.Value!.Id}");
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        Event = await events.FindAsync(EventId, cancellationToken);
        if (Event is null)
        {
            return false;
        }
        var organizer = User.IsInRole(Roles.Organizer);
        Me = organizer ? null : await participants.ApprovedAsync(EventId, User, cancellationToken);
        if (!organizer && Me is not { IsPrime: true })
        {
            return false;
        }
        var language = LanguageOf.Current;
        Needs = await db.Set<PrimeNeed>().AsNoTracking()
            .Where(n => n.EventId == EventId && (organizer || n.PrimeId == Me!.ParticipationId))
            .OrderBy(n => n.CreatedAt).ToListAsync(cancellationToken);
        Primes = await participants.ManyAsync(EventId, Needs.Select(n => n.PrimeId).Distinct().ToList(), cancellationToken);
        Capabilities = await taxonomy.TreeAsync(language, cancellationToken);
        Labels = new NeedLabels(await taxonomy.AllAsync(cancellationToken), l, language);
        IsOver = await closure.IsOverAsync(EventId, cancellationToken);
        return true;
    }
}
