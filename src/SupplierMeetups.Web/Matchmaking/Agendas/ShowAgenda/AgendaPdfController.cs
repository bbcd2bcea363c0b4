using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using SupplierMeetups.Web.Platform.Localization;
using SupplierMeetups.Web.Platform.Security;

namespace SupplierMeetups.Web.Matchmaking.Agendas.ShowAgenda;

/// <summary>The published agenda as the PDF its e-mails carry (the same renderer), for the firm itself and for organizers.</summary>
[ApiController]
[Route("api/v1/events/{eventId:guid}")]
public sealed class AgendaPdfController(Participants participants, AgendaQuery agendas, IStringLocalizer<SharedResource> l) : ControllerBase
{
    /// <summary>The signed-in firm's published agenda as a PDF, in the caller's language (<c>Accept-Language</c> or <c>?culture=</c>).</summary>
    [HttpGet("agenda.pdf"), Authorize(Roles = Roles.Prime + "," + Roles.Supplier)]
    [Produces("application/pdf")]
    [ProducesResponseType<Stream>(StatusCodes.Status200OK, "application/pdf")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public async Task<IActionResult> Mine(Guid eventId, CancellationToken cancellationToken) =>
        await PdfAsync(eventId, await participants.SignedInAsync(eventId, User, cancellationToken), cancellationToken);

    /// <summary>A firm's published agenda as a PDF, for organizers (to print or send on); 404 when the firm does not take part.</summary>
    [HttpGet("firms/{firmId:guid}/agenda.pdf"), Authorize(Roles = Roles.Organizer)]
    [Produces("application/pdf")]
    [ProducesResponseType<Stream>(StatusCodes.Status200OK, "application/pdf")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public async Task<IActionResult> OfFirm(Guid eventId, Guid firmId, CancellationToken cancellationToken) =>
        await PdfAsync(eventId, await participants.ByFirmAsync(eventId, firmId, cancellationToken), cancellationToken);

    private async Task<IActionResult> PdfAsync(Guid eventId, FirmCard? firm, CancellationToken cancellationToken)
    {
        if (firm is null || await agendas.ForFirmAsync(eventId, firm, cancellationToken) is not { } agenda)
        {
            return Problem(l["The firm does not take part in this event."], statusCode: StatusCodes.Status404NotFound, title: l["Not found."]);
        }
        // AgendaFiles is the e-mail attachment's renderer, internal to the module: resolved here rather than injected.
        var files = HttpContext.RequestServices.GetRequiredService<AgendaFiles>();
        return File(files.Pdf(agenda, LanguageOf.Current), "application/pdf", "agenda.pdf");
    }
}
