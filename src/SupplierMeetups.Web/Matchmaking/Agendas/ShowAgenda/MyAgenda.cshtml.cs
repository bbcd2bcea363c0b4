using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SupplierMeetups.Web.Identity;
using SupplierMeetups.Web.Platform.Security;

namespace SupplierMeetups.Web.Matchmaking.Agendas.ShowAgenda;

/// <summary>The signed-in firm's published meetings, printable; the .ics link serves the same agenda as a calendar.</summary>
[Authorize(Roles = Roles.Prime + "," + Roles.Supplier)]
public sealed class MyAgendaModel(Participants participants, AgendaQuery agendas) : PageModel
{
    public Agenda? Agenda { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid eventId, CancellationToken cancellationToken)
    {
        var me = await participants.SignedInAsync(eventId, User, cancellationToken);
        Agenda = me is null ? null : await agendas.ForFirmAsync(eventId, me, cancellationToken);
        return Agenda is null ? NotFound() : Page();
    }
}
