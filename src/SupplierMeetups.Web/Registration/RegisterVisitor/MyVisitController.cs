using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace SupplierMeetups.Web.Registration.RegisterVisitor;

/// <summary>
/// The API of the visitor's own page beside it (<c>/visit/me</c>): no account, the proof is the token of the signed link
/// the registration e-mail carries (its <c>token</c> query value), sent in the <c>Visitor-Token</c> header.
/// </summary>
[ApiController]
[Route("api/v1/visitors/me")]
[Produces("application/json")]
[AllowAnonymous]
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class MyVisitController(MyVisits visits, IStringLocalizer<SharedResource> l) : ControllerBase
{
    /// <summary>The registration the token opens; reading it changes nothing. 404 when the token is missing or not valid.</summary>
    [HttpGet]
    [ProducesResponseType<MyVisitResponse>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public async Task<IActionResult> Get([FromHeader(Name = "Visitor-Token")] string? token, CancellationToken cancellationToken) =>
        Answer(await visits.ShowAsync(token, cancellationToken));

    /// <summary>
    /// Confirms the visitor's e-mail address, which earns the badge (e-mailed once). Sent again, it answers the same
    /// confirmed registration and sends nothing more; an erased registration stays erased.
    /// </summary>
    [HttpPost("confirmation")]
    [ProducesResponseType<MyVisitResponse>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public async Task<IActionResult> Confirm([FromHeader(Name = "Visitor-Token")] string? token, CancellationToken cancellationToken) =>
        Answer(await visits.ConfirmAsync(token, cancellationToken));

    /// <summary>
    /// Erases the visitor's personal data (name, organization, e-mail, phone, identity number) and withdraws the badge;
    /// it cannot be undone. The registration stays, only as a number in the event's figures. Sent again, it answers the
    /// same erased registration.
    /// </summary>
    [HttpPost("erasure")]
    [ProducesResponseType<MyVisitResponse>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public async Task<IActionResult> Erase([FromHeader(Name = "Visitor-Token")] string? token, CancellationToken cancellationToken) =>
        Answer(await visits.EraseAsync(token, cancellationToken));

    private IActionResult Answer(MyVisitView? view) =>
        view is null
            ? Problem(l["This link is invalid or has expired."], statusCode: StatusCodes.Status404NotFound, title: l["Not found."])
            : Ok(MyVisitResponse.Of(view));
}

/// <summary>A visitor's own registration, as their page shows it.</summary>
/// <param name="Id">The registration.</param>
/// <param name="EventId">The event it is for.</param>
/// <param name="EventName">The event's name in the request's language.</param>
/// <param name="FullName">The visitor's name; after erasure a placeholder.</param>
/// <param name="Organization">Where the visitor works; empty after erasure.</param>
/// <param name="Email">The registered address; after erasure a placeholder.</param>
/// <param name="MaskedIdentityNumber">The national ID or passport number with all but its last digits hidden; null when none was given.</param>
/// <param name="Confirmed">True once the visitor confirmed the e-mail address.</param>
/// <param name="ConfirmedAt">When the address was confirmed; null before.</param>
/// <param name="BadgeStatus">AwaitingConfirmation (address not confirmed: no badge), Preparing, Ready (the badge can be downloaded), or Withdrawn (the data was erased).</param>
/// <param name="BadgeDownloadUrl">Where the badge PDF downloads once it is ready; null before.</param>
/// <param name="Erased">True when the visitor erased their personal data.</param>
public sealed record MyVisitResponse(
    Guid Id, Guid EventId, string EventName, string FullName, string Organization, string Email, string? MaskedIdentityNumber,
    bool Confirmed, DateTimeOffset? ConfirmedAt, string BadgeStatus, string? BadgeDownloadUrl, bool Erased)
{
    public static MyVisitResponse Of(MyVisitView view)
    {
        var v = view.Visitor;
        return new(v.Id, v.EventId, view.EventName, v.FullName, v.Organization, v.Email, view.MaskedIdentityNumber,
            v.ConfirmedAt is not null, v.ConfirmedAt, v.BadgeStatus.ToString(), view.BadgeDownloadUrl, v.IsErased);
    }
}
