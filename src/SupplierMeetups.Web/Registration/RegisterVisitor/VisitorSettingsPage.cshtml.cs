using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SupplierMeetups.Web.Events.Contracts;
using SupplierMeetups.Web.Identity;
using SupplierMeetups.Web.Platform.Security;

namespace SupplierMeetups.Web.Registration.RegisterVisitor;

[Authorize(Roles = Roles.Organizer)]
public sealed class VisitorSettingsPageModel(VisitorRegistrar registrar, IEventQueries events) : PageModel
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
        RequireIdentityNumber = (await registrar.SettingsAsync(EventId, cancellationToken)).RequireIdentityNumber;
        Saved = saved;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!await events.ExistsAsync(EventId, cancellationToken))
        {
            return NotFound();
        }
        if ((await registrar.SaveSettingsAsync(EventId, RequireIdentityNumber, cancellationToken)).Refusal is not null)
        {
            return NotFound();
        }
        return Redirect($"/organizer/events/{EventId}/visitor-settings?saved=true");
    }
}
