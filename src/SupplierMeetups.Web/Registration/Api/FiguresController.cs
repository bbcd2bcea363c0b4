using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SupplierMeetups.Web.Events.Contracts;
using SupplierMeetups.Web.Identity;
using SupplierMeetups.Web.Platform.Localization;
using SupplierMeetups.Web.Platform.Security;
using SupplierMeetups.Web.Registration.Figures;

namespace SupplierMeetups.Web.Registration.Api;

[ApiController]
[Route("api/v1/events/{eventId:guid}/figures")]
[Produces("application/json")]
public sealed class FiguresController(IEventQueries events, EventFigures figures, IStringLocalizer<SharedResource> l) : ControllerBase
{
    /// <summary>The chamber's counts for the event, per city and in total.</summary>
    [HttpGet, Authorize(Roles = Roles.Organizer)]
    [ProducesResponseType<FiguresReport>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    public async Task<IActionResult> Get(Guid eventId, CancellationToken cancellationToken) =>
        await events.FindAsync(eventId, cancellationToken) is { } e
            ? Ok(await figures.ComputeAsync(e, LanguageOf.Current, cancellationToken))
            : Problem(l["There is no such event."], statusCode: StatusCodes.Status404NotFound, title: l["Not found."]);
}
