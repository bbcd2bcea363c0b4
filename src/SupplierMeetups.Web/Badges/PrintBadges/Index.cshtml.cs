using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SupplierMeetups.Web.Events.Contracts;
using SupplierMeetups.Web.Identity;
using SupplierMeetups.Web.Platform.Http.Input;
using SupplierMeetups.Web.Platform.Localization;
using SupplierMeetups.Web.Platform.Persistence;
using SupplierMeetups.Web.Platform.Security;
using SupplierMeetups.Web.Registration;

namespace SupplierMeetups.Web.Badges.PrintBadges;

/// <summary>The organizer's list of an event's badges, batch printing, and badges issued by hand (staff, press).</summary>
[Authorize(Roles = Roles.Organizer), ShowsFieldErrors]
public sealed class IndexModel(AppDbContext db, IEventQueries events, BadgeIssuer issuer) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid EventId { get; set; }

    [BindProperty]
    public IssueBadgeRequest Input { get; set; } = new() { Type = BadgeType.Staff };

    public IReadOnlyList<Badge> Badges { get; private set; } = [];

    public bool HasPrintableBadges => Badges.Any(b => b.RevokedAt is null);

    public bool Issued => Request.Query.ContainsKey("issued");

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await LoadAsync(cancellationToken) ? Page() : NotFound();

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
        var holder = new BadgeHolder("manual", Guid.NewGuid(), Input.PersonName.Trim(), Input.Organization.Trim(), null, Input.Email?.Trim(), LanguageOf.Current);
        await issuer.IssueAsync(EventId, Input.Type!.Value, holder, Input.Booth?.Trim(), cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return Redirect($"/organizer/events/{EventId}/badges?issued=1");
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        if (!await events.ExistsAsync(EventId, cancellationToken))
        {
            return false;
        }
        var badges = await db.Set<Badge>().AsNoTracking().Where(b => b.EventId == EventId).ToListAsync(cancellationToken);
        Badges = badges.OrderBy(b => b.PersonName, TurkishText.Order).ToList();
        return true;
    }
}
