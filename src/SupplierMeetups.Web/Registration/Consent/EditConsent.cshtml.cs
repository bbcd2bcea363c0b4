using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SupplierMeetups.Web.Events.Contracts;
using SupplierMeetups.Web.Identity;
using SupplierMeetups.Web.Platform.Http;
using SupplierMeetups.Web.Platform.Http.Input;
using SupplierMeetups.Web.Platform.Security;

namespace SupplierMeetups.Web.Registration.Consent;

/// <summary>Organizers edit the event's KVKK notice; each changed language gets a new version, the old ones stay as proof.</summary>
[Authorize(Roles = Roles.Organizer), ShowsFieldErrors]
public sealed class EditConsentModel(IEventQueries events, ConsentTexts texts) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid EventId { get; set; }

    [BindProperty, MultilineText, Required(ErrorMessage = ValidationMessages.Required), StringLength(20000, ErrorMessage = ValidationMessages.MaxLength), Display(Name = "Notice (Turkish)")]
    public string TextTr { get; set; } = "";

    [BindProperty, MultilineText, Required(ErrorMessage = ValidationMessages.Required), StringLength(20000, ErrorMessage = ValidationMessages.MaxLength), Display(Name = "Notice (English)")]
    public string TextEn { get; set; } = "";

    public IReadOnlyList<ConsentText> History { get; private set; } = [];
    public bool Saved { get; private set; }

    public async Task<IActionResult> OnGetAsync(bool saved, CancellationToken cancellationToken)
    {
        if (!await events.ExistsAsync(EventId, cancellationToken))
        {
            return NotFound();
        }
        TextTr = (await texts.CurrentAsync(EventId, "tr", cancellationToken))!.Text;
        TextEn = (await texts.CurrentAsync(EventId, "en", cancellationToken))!.Text;
        History = await texts.HistoryAsync(EventId, cancellationToken);
        Saved = saved;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!await events.ExistsAsync(EventId, cancellationToken))
        {
            return NotFound();
        }
        if (!ModelState.IsValid)
        {
            History = await texts.HistoryAsync(EventId, cancellationToken);
            return Page();
        }
        if (await texts.ReviseNoticeAsync(EventId, TextTr, TextEn, SignedInUser.IdOf(User), cancellationToken) is null)
        {
            return NotFound();
        }
        return Redirect($"/organizer/events/{EventId}/consent?saved=true");
    }
}
