using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using SupplierMeetups.Web.Exhibition.Booths;
using SupplierMeetups.Web.Identity;
using SupplierMeetups.Web.Platform.Refusals;
using SupplierMeetups.Web.Platform.Security;

namespace SupplierMeetups.Web.Exhibition.GenerateGrid;

/// <summary>The API of the grid page beside it: the same service, rules and messages.</summary>
[ApiController]
[Route("api/v1/events/{eventId:guid}/booths/grid")]
[Produces("application/json")]
[Authorize(Roles = Roles.Organizer)]
public sealed class BoothGridController(GridGenerator generator, BoothQuery query) : ControllerBase
{
    /// <summary>
    /// Lays out a grid of booths in one hall: rows back to back in pairs with an aisle after every second row and a cross
    /// aisle after every <c>columnsPerBlock</c> columns; codes "{prefix}-01", "{prefix}-02", … row by row; block ends are
    /// corner booths. Every booth is created (201) or none (400 with every fault: an unknown hall, a code taken, an overlap).
    /// Sending the same grid again creates nothing and answers its booths with 200. Organizers only.
    /// </summary>
    [HttpPost]
    [ProducesResponseType<IReadOnlyList<BoothResponse>>(StatusCodes.Status201Created)]
    [ProducesResponseType<IReadOnlyList<BoothResponse>>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    public async Task<IActionResult> GenerateGrid(Guid eventId, BoothGrid grid, CancellationToken cancellationToken)
    {
        var outcome = await generator.GenerateAsync(eventId, grid, cancellationToken);
        if (outcome.Refusal is { } refusal)
        {
            return this.Refused(refusal);
        }
        var ids = outcome.Value!.Booths.Select(b => b.Id).ToHashSet();
        var booths = (await query.ForEventAsync(eventId, cancellationToken)).Where(v => ids.Contains(v.Booth.Id))
            .Select(v => BoothResponse.From(v, organizer: true)).OrderBy(b => b.Code, StringComparer.Ordinal).ToList();
        return outcome.Value.Created ? Created($"/api/v1/events/{eventId}/booths", booths) : Ok(booths);
    }
}
