using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SupplierMeetups.Web.Events.Contracts;
using SupplierMeetups.Web.Identity;
using SupplierMeetups.Web.Platform.Persistence;
using SupplierMeetups.Web.Platform.Security;

namespace SupplierMeetups.Web.Exhibition.Booths;

[Authorize(Roles = Roles.Organizer)]
public sealed class EditBoothModel(IEventQueries events, BoothStore store, AppDbContext db) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid EventId { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid? BoothId { get; set; }

    [BindProperty]
    public BoothInput Input { get; set; } = new();

    public IReadOnlyList<string> Halls { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string? hall, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken)) return NotFound();
        if (BoothId is { } id)
        {
            var booth = await db.Set<Booth>().AsNoTracking().SingleOrDefaultAsync(b => b.Id == id && b.EventId == EventId, cancellationToken);
            if (booth is null) return NotFound();
            Input = BoothInput.From(booth);
        }
        else
        {
            Input.Hall = hall ?? Halls.FirstOrDefault() ?? "";
        }
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken)) return NotFound();
        if (!ModelState.IsValid) return Page();
        var (errors, saved) = await store.SaveAsync(EventId, [Input], updateByCode: false, cancellationToken, BoothId);
        if (errors.Count > 0)
        {
            foreach (var error in errors) ModelState.AddModelError(string.Empty, error);
            return Page();
        }
        return Redirect($"/organizer/events/{EventId}/booths/{saved[0].Id}");
    }

    public async Task<IActionResult> OnPostDeleteAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken) || BoothId is not { } id) return NotFound();
        if (await store.DeleteAsync(EventId, id, cancellationToken) is { } refusal)
        {
            ModelState.AddModelError(string.Empty, refusal.Message);
            return Page();
        }
        return Redirect($"/organizer/events/{EventId}/booths?hall={Uri.EscapeDataString(Input.Hall)}");
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        var e = await events.FindAsync(EventId, cancellationToken);
        Halls = e?.Halls.Select(h => h.Name).Order(StringComparer.Ordinal).ToList() ?? [];
        return e is not null;
    }
}
