using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SupplierMeetups.Web.Events.Contracts;
using SupplierMeetups.Web.Identity;
using SupplierMeetups.Web.Platform.Http;
using SupplierMeetups.Web.Platform.Localization;
using SupplierMeetups.Web.Platform.Persistence;
using SupplierMeetups.Web.Platform.Security;
using SupplierMeetups.Web.Registration.FirmDirectory;

namespace SupplierMeetups.Web.Registration.Api;

[ApiController]
[Route("api/v1/events/{eventId:guid}/firms")]
[Produces("application/json")]
public sealed class FirmDirectoryController(AppDbContext db, IEventQueries events, FirmDirectoryQuery directory, IStringLocalizer<SharedResource> l) : ControllerBase
{
    /// <summary>
    /// The event's firms, sorted in Turkish alphabetical order, 50 a page. Organizers get every firm and field; a prime taking
    /// part in the event gets approved suppliers' public profiles; anyone else 403.
    /// </summary>
    [HttpGet, Authorize(Roles = $"{Roles.Organizer},{Roles.Prime}")]
    [ProducesResponseType<DirectoryPage<DirectoryFirmResponse>>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    public async Task<IActionResult> List(Guid eventId, [FromQuery] DirectoryFilter filter, CancellationToken cancellationToken)
    {
        var e = await events.FindAsync(eventId, cancellationToken);
        if (e is null)
        {
            return Problem(l["There is no such event."], statusCode: StatusCodes.Status404NotFound, title: l["Not found."]);
        }
        var view = await DirectoryAccess.ViewOfAsync(User, eventId, db, cancellationToken);
        if (view == DirectoryView.None)
        {
            return Problem(l["Only the event's organizers and the primes taking part in it may list its firms."], statusCode: StatusCodes.Status403Forbidden, title: l["Access denied."]);
        }
        foreach (var error in filter.Check(l))
        {
            ModelState.AddModelError(error.Field, error.Message);
        }
        if (!ModelState.IsValid)
        {
            return CamelCaseValidationProblems.Create(ControllerContext);
        }
        var result = await directory.PageAsync(e, filter, view == DirectoryView.PublicSuppliers, cancellationToken);
        return view == DirectoryView.Full
            ? Ok(new DirectoryPage<DirectoryFirmResponse>(result.Items.Select(r => DirectoryFirmResponse.From(r, e.EndDate)).ToList(), result.Page, result.PageSize, result.Total))
            : Ok(new DirectoryPage<PublicSupplierResponse>(result.Items.Select(r => PublicSupplierResponse.From(r, e.EndDate)).ToList(), result.Page, result.PageSize, result.Total));
    }
}
