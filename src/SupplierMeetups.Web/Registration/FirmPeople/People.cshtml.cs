using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using SupplierMeetups.Web.Platform.RateLimiting;

namespace SupplierMeetups.Web.Registration.FirmPeople;

/// <summary>The firm names its representatives for the event and downloads their badges. Its own users and organizers only.</summary>
[EnableRateLimiting(RateLimitPolicies.Email)]
[Authorize]
public sealed class PeopleModel(PeopleRoster roster, IPersonBadges badges, FirmAccess access) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid EventId { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid FirmId { get; set; }

    [BindProperty]
    public PersonInput Input { get; set; } = new();

    public Participation? Participation { get; private set; }
    public IReadOnlyList<FirmPerson> People { get; private set; } = [];
    public int Limit { get; private set; }

    /// <summary>Each representative's badge download link, once the firm is approved.</summary>
    public IReadOnlyDictionary<Guid, string> BadgeUrls { get; private set; } = new Dictionary<Guid, string>();

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await LoadAsync(cancellationToken) ?? Page();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is { } refusal)
        {
            return refusal;
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        if ((await roster.AddAsync(Participation!, Input, cancellationToken)).Refusal is { } full)
        {
            ModelState.AddModelError("", full.Message);
            return Page();
        }
        return Redirect(Request.Path);
    }

    public async Task<IActionResult> OnPostRemoveAsync(Guid personId, CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is { } refusal)
        {
            return refusal;
        }
        await roster.RemoveAsync(Participation!, personId, cancellationToken);
        return Redirect(Request.Path);
    }

    private async Task<IActionResult?> LoadAsync(CancellationToken cancellationToken)
    {
        Participation = await roster.ParticipationAsync(EventId, FirmId, cancellationToken);
        if (Participation is null)
        {
            return NotFound();
        }
        if (!await access.CanEditAsync(User, FirmId, cancellationToken))
        {
            return Forbid();
        }
        People = await roster.ListAsync(Participation, cancellationToken);
        BadgeUrls = (await badges.OfRepresentativesAsync(EventId, People.Select(p => p.Id).ToList(), cancellationToken)).ToDictionary(b => b.Key, b => b.Value.DownloadPath);
        Limit = (await roster.LimitsAsync(EventId, cancellationToken)).For(Participation.Type);
        return null;
    }
}
