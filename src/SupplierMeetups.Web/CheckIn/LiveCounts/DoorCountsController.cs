using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using SupplierMeetups.Web.Platform.Localization;
using SupplierMeetups.Web.Platform.Security;

namespace SupplierMeetups.Web.CheckIn.LiveCounts;

[ApiController]
[Produces("application/json")]
public sealed class DoorCountsController(IStringLocalizer<SharedResource> l) : ControllerBase
{
    /// <summary>
    /// The door's figures now: inside (entries − exits), people admitted and registered but not yet arrived, by badge
    /// type, entries by hour (event time zone) and scans by gate. Read from the database, so every instance agrees.
    /// </summary>
    [HttpGet("/api/v1/events/{eventId:guid}/checkins/counts"), Authorize(Roles = Roles.Organizer)]
    [ProducesResponseType<DoorCountsResponse>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    public async Task<IActionResult> Counts(Guid eventId, [FromServices] DoorCounts counts, CancellationToken cancellationToken) =>
        await counts.OfAsync(eventId, cancellationToken) is { } figures
            ? Ok(figures)
            : Problem(l["There is no such event."], statusCode: StatusCodes.Status404NotFound, title: l["Not found."]);
}
