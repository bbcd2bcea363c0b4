using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using SupplierMeetups.Web.Platform.Http;
using SupplierMeetups.Web.Platform.Localization;
using SupplierMeetups.Web.Platform.Security;

namespace SupplierMeetups.Web.CheckIn.Redeem;

[ApiController]
[Produces("application/json")]
[Authorize(Roles = DoorRoles.Scanners)]
public sealed class CheckInsController(IStringLocalizer<SharedResource> l) : ControllerBase
{
    /// <summary>
    /// Redeems one scan. Every text a scanner can read gets an answer (200) whose <c>result</c> says what to do:
    /// Admitted, Exited, AlreadyInside, Revoked, OtherEvent, OutsideHours or NotABadge. The same nonce sent again
    /// answers the first answer with <c>replayed</c> set. 400 for a missing field or an unknown gate; 404 for an unknown event.
    /// </summary>
    [HttpPost("/api/v1/events/{eventId:guid}/checkins")]
    [ProducesResponseType<ScanAnswer>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    public async Task<IActionResult> Redeem(Guid eventId, RedeemRequest request, [FromServices] Redeemer redeemer, CancellationToken cancellationToken)
    {
        var outcome = await redeemer.RedeemAsync(eventId, request, ScannerOf(User), cancellationToken);
        return outcome.Refusal is { } refusal ? this.Refused(refusal, l) : Ok(outcome.Value);
    }

    /// <summary>The newest refused scans (every answer but Admitted and Exited), offline conflicts among them.</summary>
    [HttpGet("/api/v1/events/{eventId:guid}/checkins/failed")]
    public Task<IReadOnlyList<FailedScanResponse>> Failed(Guid eventId, [FromServices] FailedScans failed, CancellationToken cancellationToken) =>
        failed.OfAsync(eventId, cancellationToken);

    /// <summary>
    /// The event's scans, newest first, whatever their answer: filtered by <c>result</c>, <c>direction</c> and <c>badgeId</c>;
    /// 50 a page (<c>page</c>, <c>pageSize</c> up to 200); with an <c>ETag</c> (send it in <c>If-None-Match</c> to get 304).
    /// </summary>
    [HttpGet("/api/v1/events/{eventId:guid}/checkins"), ETagged]
    [ProducesResponseType<ItemPage<CheckInResponse>>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    public Task<ItemPage<CheckInResponse>> List(Guid eventId, [FromQuery] CheckInFilter filter, [FromQuery] PageRequest paging, [FromServices] CheckInList list, CancellationToken cancellationToken) =>
        list.PageAsync(eventId, filter, paging, cancellationToken);

    internal static Scanner ScannerOf(System.Security.Claims.ClaimsPrincipal user) =>
        new(SignedInUser.IdOf(user) ?? Guid.Empty, user.Identity?.Name ?? "");
}
