using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SupplierMeetups.Web.Platform.Http.Input;
using SupplierMeetups.Web.Platform.Refusals;

namespace SupplierMeetups.Web.Registration.FirmPeople;

/// <summary>Corrects a representative's name or details; their badge prints the new name. The firm's own users and organizers only.</summary>
[Authorize, ShowsFieldErrors]
public sealed class EditPersonModel(PeopleRoster roster, FirmAccess access) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid EventId { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid FirmId { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid PersonId { get; set; }

    [BindProperty]
    public PersonInput Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var (participation, refusal) = await LoadAsync(cancellationToken);
        if (participation is null)
        {
            return refusal!;
        }
        if (await roster.FindAsync(participation, PersonId, cancellationToken) is not { } person)
        {
            return NotFound();
        }
        Input = new PersonInput { FullName = person.FullName, Title = person.Title, Email = person.Email, Phone = person.Phone };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var (participation, refusal) = await LoadAsync(cancellationToken);
        if (participation is null)
        {
            return refusal!;
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        return await roster.UpdateAsync(participation, PersonId, Input, cancellationToken) is null
            ? NotFound()
            : Redirect($"/events/{EventId}/firms/{FirmId}/people");
    }

    private async Task<(Participation? Participation, IActionResult? Refusal)> LoadAsync(CancellationToken cancellationToken)
    {
        var participation = await roster.ParticipationAsync(EventId, FirmId, cancellationToken);
        if (participation is null)
        {
            return (null, NotFound());
        }
        return await access.CanEditAsync(User, FirmId, cancellationToken) ? (participation, null) : (null, Forbid());
    }
}
