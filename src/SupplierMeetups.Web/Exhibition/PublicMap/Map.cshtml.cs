using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SupplierMeetups.Web.Events.Contracts;
using SupplierMeetups.Web.Exhibition.Booths;
using SupplierMeetups.Web.Platform.Localization;
using SupplierMeetups.Web.Registration;

namespace SupplierMeetups.Web.Exhibition.PublicMap;

/// <summary>
/// The exhibitor map for visitors: confirmed booths with their firms; a search (Turkish-aware, "isbir" finds
/// "İŞBİR") highlights the firm's booths and opens their hall. Works without JavaScript through the query string.
/// </summary>
[AllowAnonymous]
public sealed class MapModel(IEventQueries events, BoothQuery query) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid EventId { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Hall { get; set; }

    public EventInfo? Event { get; private set; }
    public IReadOnlyList<BoothView> Booths { get; private set; } = [];
    public IReadOnlyList<BoothView> Matches { get; private set; } = [];
    public IReadOnlySet<Guid> Highlighted { get; private set; } = new HashSet<Guid>();

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Event = await events.FindAsync(EventId, cancellationToken);
        if (Event is null) return NotFound();
        // Holds are internal: the public sees a held booth as reserved, without its firm.
        var all = (await query.ForEventAsync(EventId, cancellationToken))
            .Select(v => v.Status == BoothStatus.Held ? v with { Status = BoothStatus.Reserved, FirmId = null, FirmName = null, HeldUntil = null } : v)
            .ToList();
        if (Q is { Length: > 0 } q)
        {
            var folded = TurkishText.Fold(q);
            Matches = all.Where(v => v.FirmName is { } name && TurkishText.Fold(name).Contains(folded, StringComparison.Ordinal))
                .OrderBy(v => v.FirmName, TurkishText.Order).ToList();
            Highlighted = Matches.Select(m => m.Booth.Id).ToHashSet();
        }
        Hall ??= Matches.FirstOrDefault()?.Booth.HallName ?? Event.Halls.Select(h => h.Name).Order(StringComparer.Ordinal).FirstOrDefault();
        Booths = all.Where(v => v.Booth.HallName == Hall).ToList();
        return Page();
    }
}
