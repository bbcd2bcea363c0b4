using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using SupplierMeetups.Web.Platform.Localization;

namespace SupplierMeetups.Web.CheckIn.OfflineList;

[ApiController]
[Produces("application/json")]
public sealed class OfflineListController(IStringLocalizer<SharedResource> l) : ControllerBase
{
    // Turkish letters as themselves (2 bytes), not as \u escapes (6): the list for 20,000 badges stays under 2 MB.
    private static readonly JsonSerializerOptions Compact = new(JsonSerializerDefaults.Web) { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    /// <summary>
    /// The event's valid badge ids (with type and a short name), revoked ids and who is inside, for a scanner that
    /// decides alone while offline and uploads its scans later. Never holds the signing key.
    /// </summary>
    [HttpGet("/api/v1/events/{eventId:guid}/checkins/offline-list"), Authorize(Roles = DoorRoles.Scanners)]
    [ProducesResponseType<OfflineListResponse>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    public async Task<IActionResult> Get(Guid eventId, [FromServices] OfflineLists lists, CancellationToken cancellationToken)
    {
        var list = await lists.OfAsync(eventId, cancellationToken);
        if (list is null)
        {
            return Problem(l["There is no such event."], statusCode: StatusCodes.Status404NotFound, title: l["Not found."]);
        }
        Response.Headers.CacheControl = "no-store";
        return new JsonResult(list, Compact);
    }
}
