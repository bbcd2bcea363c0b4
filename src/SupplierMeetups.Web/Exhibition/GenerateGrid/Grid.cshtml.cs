using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SupplierMeetups.Web.Events.Contracts;
using SupplierMeetups.Web.Identity;
using SupplierMeetups.Web.Platform.Http.Input;
using SupplierMeetups.Web.Platform.Security;

namespace SupplierMeetups.Web.Exhibition.GenerateGrid;

[Authorize(Roles = Roles.Organizer), ShowsFieldErrors]
public sealed class GridModel(IEventQueries events, GridGenerator generator) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid EventId { get; set; }

    [BindProperty]
    public BoothGrid Grid { get; set; } = new();

    public IReadOnlyList<string> Halls { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string? hall, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken)) return NotFound();
        Grid.Hall = hall ?? Halls.FirstOrDefault() ?? "";
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken)) return NotFound();
        if (!ModelState.IsValid) return Page();
        if ((await generator.GenerateAsync(EventId, Grid, cancellationToken)).Refusal is { } refusal)
        {
            foreach (var one in refusal.All.Take(10)) ModelState.AddModelError(string.Empty, one.Message);
            return Page();
        }
        return Redirect($"/organizer/events/{EventId}/booths?hall={Uri.EscapeDataString(Grid.Hall)}");
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        var e = await events.FindAsync(EventId, cancellationToken);
        Halls = e?.Halls.Select(h => h.Name).Order(StringComparer.Ordinal).ToList() ?? [];
        return e is not null;
    }
}
