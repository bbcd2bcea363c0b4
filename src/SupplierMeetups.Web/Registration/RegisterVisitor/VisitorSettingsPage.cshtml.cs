using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SupplierMeetups.Web.Events.Contracts;
using SupplierMeetups.Web.Identity;
using SupplierMeetups.Web.Platform.Persistence;
using SupplierMeetups.Web.Platform.Security;

namespace SupplierMeetups.Web.Registration.RegisterVisitor;

[Authorize(Roles = Roles.Organizer)]
public sealed class VisitorSettingsPageModel(AppDbContext db, IEventQueries events) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid EventId { get; set; }

    [BindProperty, Display(Name = "Visitors must give a national ID or passport number")]
    public bool RequireIdentityNumber { get; set; }

    public bool Saved { get; private set; }

    public async Task<IActionResult> OnGetAsync(bool saved, CancellationToken cancellationToken)
    {
        if (!await events.ExistsAsync(EventId, cancellationToken))
        {
            return NotFound();
        }
        RequireIdentityNumber = (await db.Set<VisitorSettings>().AsNoTracking().SingleOrDefaultAsync(s => s.EventId == EventId, cancellationToken))?.RequireIdentityNumber ?? false;
        Saved = saved;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!await events.ExistsAsync(EventId, cancellationToken))
        {
            return NotFound();
        }
        var settings = await db.Set<VisitorSettings>().SingleOrDefaultAsync(s => s.EventId == EventId, cancellationToken);
        if (settings is null)
        {
            settings = new VisitorSettings { EventId = EventId };
            db.Add(settings);
        }
        settings.RequireIdentityNumber = RequireIdentityNumber;
        await db.SaveChangesAsync(cancellationToken);
        return Redirect($"/organizer/events/{EventId}/visitor-settings?saved=true");
    }
}
