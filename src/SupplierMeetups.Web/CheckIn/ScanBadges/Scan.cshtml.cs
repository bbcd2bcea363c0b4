using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using SupplierMeetups.Web.Badges.Contracts;
using SupplierMeetups.Web.CheckIn.Gates;
using SupplierMeetups.Web.CheckIn.Redeem;
using SupplierMeetups.Web.Events.Contracts;
using SupplierMeetups.Web.Platform.Http.Input;
using SupplierMeetups.Web.Platform.Localization;

namespace SupplierMeetups.Web.CheckIn.ScanBadges;

/// <summary>
/// The scanning station: a focused field that a USB scanner types into (text + Enter), the camera where the browser
/// has one (wwwroot/js/checkin-scan.js), and search by name or organization when a badge will not scan. Works as a
/// plain form without JavaScript; each rendered form carries a fresh nonce, so a resubmitted form counts once.
/// </summary>
[Authorize(Roles = DoorRoles.Scanners), ShowsFieldErrors]
public sealed class ScanModel(Redeemer redeemer, IDoorBadges badges, IEventDays events, GateList gates, IStringLocalizer<SharedResource> l) : PageModel
{
    public const int SearchLimit = 20;

    [BindProperty(SupportsGet = true)]
    public Guid EventId { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid GateId { get; set; }

    [BindProperty(SupportsGet = true)]
    public ScanDirection Direction { get; set; } = ScanDirection.Entry;

    [BindProperty]
    public string? Code { get; set; }

    [BindProperty]
    public string? Nonce { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    public EventDays? Event { get; private set; }

    public GateResponse? Gate { get; private set; }

    public ScanAnswer? Answer { get; private set; }

    public IReadOnlyList<DoorBadge>? Found { get; private set; }

    public string NewNonce { get; } = Guid.NewGuid().ToString("N");

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }
        if (!string.IsNullOrWhiteSpace(Q))
        {
            Found = await badges.SearchAsync(EventId, Q, SearchLimit, cancellationToken);
        }
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }
        if (string.IsNullOrWhiteSpace(Code))
        {
            ModelState.AddModelError(nameof(Code), l["Scan a badge or type its code."]);
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        await RedeemAsync(Code!, cancellationToken);
        return Page();
    }

    /// <summary>Redeems a badge chosen from the search results.</summary>
    public async Task<IActionResult> OnPostBadgeAsync(Guid badgeId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }
        if (ModelState.IsValid)
        {
            await RedeemAsync(badges.TokenFor(badgeId), cancellationToken);
        }
        return Page();
    }

    private async Task RedeemAsync(string token, CancellationToken cancellationToken)
    {
        var request = new RedeemRequest
        {
            Token = token,
            Gate = GateId,
            Direction = Direction,
            Nonce = string.IsNullOrWhiteSpace(Nonce) || Nonce.Length > DoorScan.NonceMaxLength ? Guid.NewGuid().ToString("N") : Nonce,
        };
        var outcome = await redeemer.RedeemAsync(EventId, request, CheckInsController.ScannerOf(User), cancellationToken);
        if (outcome.Refusal is { } refusal)
        {
            ModelState.AddModelError(string.Empty, refusal.Message);
            return;
        }
        Answer = outcome.Value;
        Code = null;
        ModelState.Remove(nameof(Code));
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        Event = await events.FindAsync(EventId, cancellationToken);
        Gate = Event is null ? null : (await gates.OfAsync(EventId, cancellationToken)).SingleOrDefault(g => g.Id == GateId);
        return Gate is not null;
    }
}
