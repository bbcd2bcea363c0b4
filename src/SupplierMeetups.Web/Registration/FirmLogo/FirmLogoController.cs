using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SupplierMeetups.Web.Platform.Http;
using SupplierMeetups.Web.Platform.Persistence;
using SupplierMeetups.Web.Platform.Refusals;
using SupplierMeetups.Web.Platform.Storage;

namespace SupplierMeetups.Web.Registration.FirmLogo;

public sealed record FirmLogoResponse(string Url);

/// <summary>The firm's logo: PNG or JPEG, at most 1 MB, uploaded by the firm's own users or organizers.</summary>
[ApiController]
[Route("api/v1/events/{eventId:guid}/firms/{firmId:guid}/logo")]
[Produces("application/json")]
public sealed class FirmLogoController(AppDbContext db, FirmLogos logos, FirmAccess access, IStringLocalizer<SharedResource> l) : ControllerBase
{
    /// <summary>Replaces the logo with the multipart field <c>file</c>; the format is told by the file's bytes, SVG is refused.</summary>
    [HttpPut, Authorize]
    [RequestSizeLimit(2 * FirmLogos.MaxBytes)]
    [ProducesResponseType<FirmLogoResponse>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    public async Task<IActionResult> Upload(Guid eventId, Guid firmId, IFormFile? file, CancellationToken cancellationToken)
    {
        if (await FirmInEventAsync(eventId, firmId, cancellationToken) is not { } firm)
        {
            return FirmNotFound();
        }
        if (!await access.CanEditAsync(User, firmId, cancellationToken))
        {
            return Forbidden();
        }
        if (await logos.ReplaceAsync(firm, file, cancellationToken) is { } refusal)
        {
            return this.Refused(refusal);
        }
        return Ok(new FirmLogoResponse(LogoUrl(eventId, firmId)));
    }

    /// <summary>The logo image, for whoever may see the firm (its users, organizers, primes for approved suppliers).</summary>
    [HttpGet, Authorize]
    [Produces("image/png", "image/jpeg", "application/problem+json")]
    [ProducesResponseType(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    public async Task<IActionResult> Get(Guid eventId, Guid firmId, CancellationToken cancellationToken)
    {
        if (await FirmInEventAsync(eventId, firmId, cancellationToken) is not { } firm)
        {
            return FirmNotFound();
        }
        if (await access.ViewAsync(User, firmId, cancellationToken) == FirmView.None)
        {
            return Forbidden();
        }
        return logos.Find(firm) is { } logo
            ? UploadFolder.Serve(Response, logo.Path, logo.ContentType, "logo" + Path.GetExtension(logo.Path), inline: true)
            : Problem(l["The firm has no logo yet."], statusCode: StatusCodes.Status404NotFound, title: l["Not found."]);
    }

    private static string LogoUrl(Guid eventId, Guid firmId) => $"/api/v1/events/{eventId}/firms/{firmId}/logo";

    private async Task<Firm?> FirmInEventAsync(Guid eventId, Guid firmId, CancellationToken cancellationToken) =>
        await db.Set<Participation>().AnyAsync(p => p.EventId == eventId && p.FirmId == firmId, cancellationToken)
            ? await logos.FirmAsync(firmId, cancellationToken)
            : null;

    private ObjectResult FirmNotFound() =>
        Problem(l["There is no such firm in this event."], statusCode: StatusCodes.Status404NotFound, title: l["Not found."]);

    private ObjectResult Forbidden() =>
        Problem(l["Only the firm's own users and the organizers may see or change this firm."], statusCode: StatusCodes.Status403Forbidden, title: l["You are not allowed to do this."]);
}
