using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using SupplierMeetups.Web.Identity;
using SupplierMeetups.Web.Matchmaking.Agendas;
using SupplierMeetups.Web.Matchmaking.PublishSchedule;
using SupplierMeetups.Web.Platform.Localization;
using SupplierMeetups.Web.Platform.Security;

namespace SupplierMeetups.Web.Matchmaking.Agendas.ShowAgenda;

/// <summary>The signed-in firm's own agenda (its availability: Availability/AvailabilityController).</summary>
[ApiController]
[Route("api/v1/events/{eventId:guid}")]
[Produces("application/json")]
[Authorize(Roles = Roles.Prime + "," + Roles.Supplier)]
public sealed class AgendaController(Participants participants, AgendaQuery agendas, AgendaCalendar calendar, TimeProvider clock, IStringLocalizer<SharedResource> l) : ControllerBase
{
    /// <summary>The signed-in firm's published meetings (slot, time, table, counterpart and its booth, priority).</summary>
    [HttpGet("agenda")]
    [ProducesResponseType<AgendaResponse>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public async Task<IActionResult> Agenda(Guid eventId, CancellationToken cancellationToken)
    {
        var agenda = await LoadAsync(eventId, cancellationToken);
        if (agenda is null)
        {
            return NotParticipating();
        }
        return Ok(new AgendaResponse(eventId, agenda.Firm.FirmId, agenda.Firm.ShortName, agenda.Items.Select(i =>
            new AgendaItemResponse(i.RequestId, i.SlotId, i.Date, i.Start, i.End, i.Table, i.Counterpart, i.CounterpartBooth, i.Priority)).ToList()));
    }

    [HttpGet("agenda.ics"), Produces("text/calendar")]
    [ProducesResponseType<Stream>(StatusCodes.Status200OK, "text/calendar")]
    public async Task<IActionResult> Calendar(Guid eventId, CancellationToken cancellationToken)
    {
        var agenda = await LoadAsync(eventId, cancellationToken);
        if (agenda is null)
        {
            return NotParticipating();
        }
        var bytes = System.Text.Encoding.UTF8.GetBytes(calendar.Write(agenda, clock.GetUtcNow()));
        return File(bytes, "text/calendar; charset=utf-8", "agenda.ics");
    }

    private async Task<Agenda?> LoadAsync(Guid eventId, CancellationToken cancellationToken) =>
        await participants.SignedInAsync(eventId, User, cancellationToken) is { } me ? await agendas.ForFirmAsync(eventId, me, cancellationToken) : null;

    private ObjectResult NotParticipating() =>
        Problem(l["Your firm does not take part in this event."], statusCode: StatusCodes.Status404NotFound, title: l["Not found."]);
}
