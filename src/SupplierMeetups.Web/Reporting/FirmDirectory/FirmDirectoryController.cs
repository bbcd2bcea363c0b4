using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using SupplierMeetups.Web.Events.Contracts;
using SupplierMeetups.Web.Platform.Http;
using SupplierMeetups.Web.Platform.Localization;
using SupplierMeetups.Web.Platform.Security;

namespace SupplierMeetups.Web.Reporting.FirmDirectory;

[ApiController]
[Route("api/v1/events/{eventId:guid}/firms")]
[Produces("application/json")]
public sealed class FirmDirectoryController(IDirectoryFirms firms, IEventQueries events, FirmDirectoryQuery directory, IStringLocalizer<SharedResource> l) : ControllerBase
{
    /// <summary>
    /// The event's firms with every field, for organizers: sorted in Turkish alphabetical order, 50 a page
    /// (<c>pageSize</c> up to 200), filtered by <c>q</c> (name or the start of the tax number), <c>city</c>,
    /// <c>capability</c>, <c>qualification</c>, <c>status</c> (Pending, Approved, Rejected) and <c>type</c>
    /// (Exhibitor, Supplier, Prime). Primes list approved suppliers' public profiles at <c>GET …/suppliers</c>.
    /// Answers carry an <c>ETag</c>; send it back in <c>If-None-Match</c> to get 304 when nothing changed.
    /// </summary>
    [HttpGet, Authorize(Roles = Roles.Organizer), ETagged]
    [ProducesResponseType<DirectoryPage<DirectoryFirmResponse>>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public async Task<IActionResult> List(Guid eventId, [FromQuery] DirectoryFilter filter, CancellationToken cancellationToken)
    {
        var (e, refusal) = await CheckAsync(eventId, filter, cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }
        var result = await directory.PageAsync(e!, filter, approvedSuppliersOnly: false, cancellationToken);
        return Ok(new DirectoryPage<DirectoryFirmResponse>(result.Items.Select(r => DirectoryFirmResponse.From(r, e!.EndDate)).ToList(), result.Page, result.PageSize, result.Total));
    }

    /// <summary>
    /// The event's approved suppliers and exhibitors as primes see them (public profile: no tax number, document numbers or
    /// documents; only certificates valid on the event's dates): for the event's participating primes and its organizers;
    /// the same filters, paging and <c>ETag</c> as <c>GET …/firms</c>.
    /// </summary>
    [HttpGet("/api/v1/events/{eventId:guid}/suppliers"), Authorize(Roles = $"{Roles.Organizer},{Roles.Prime}"), ETagged]
    [ProducesResponseType<DirectoryPage<PublicSupplierResponse>>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public async Task<IActionResult> Suppliers(Guid eventId, [FromQuery] DirectoryFilter filter, CancellationToken cancellationToken)
    {
        var (e, refusal) = await CheckAsync(eventId, filter, cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }
        var result = await directory.PageAsync(e!, filter, approvedSuppliersOnly: true, cancellationToken);
        return Ok(new DirectoryPage<PublicSupplierResponse>(result.Items.Select(r => PublicSupplierResponse.From(r, e!.EndDate)).ToList(), result.Page, result.PageSize, result.Total));
    }

    private async Task<(EventInfo? Event, IActionResult? Refusal)> CheckAsync(Guid eventId, DirectoryFilter filter, CancellationToken cancellationToken)
    {
        var e = await events.FindAsync(eventId, cancellationToken);
        if (e is null)
        {
            return (null, Problem(l["There is no such event."], statusCode: StatusCodes.Status404NotFound, title: l["Not found."]));
        }
        if (await DirectoryAccess.ViewOfAsync(User, eventId, firms, cancellationToken) == DirectoryView.None)
        {
            return (null, Problem(l["Only the event's organizers and the primes taking part in it may list its firms."], statusCode: StatusCodes.Status403Forbidden, title: l["Access denied."]));
        }
        foreach (var error in filter.Check(l))
        {
            ModelState.AddModelError(error.Field, error.Message);
        }
        return ModelState.IsValid ? (e, null) : (null, CamelCaseValidationProblems.Create(ControllerContext));
    }
}
