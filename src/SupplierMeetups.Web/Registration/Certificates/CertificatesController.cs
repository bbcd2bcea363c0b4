using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SupplierMeetups.Web.Events.Contracts;
using SupplierMeetups.Web.Platform.Persistence;
using SupplierMeetups.Web.Platform.Refusals;
using SupplierMeetups.Web.Registration.EditFirm;

namespace SupplierMeetups.Web.Registration.Certificates;

/// <summary>
/// The API of the qualifications page beside it: a firm's certificates, added and removed through the same
/// <see cref="QualificationsEditor"/>, with the same checks and messages. The proof PDF goes to
/// <c>PUT …/certificates/{certificateId}/proof</c> once the certificate exists; the other qualifications are part of
/// <c>PUT …/firms/{firmId}</c>.
/// </summary>
[ApiController]
[Route("api/v1/events/{eventId:guid}/firms/{firmId:guid}/certificates")]
[Produces("application/json")]
[Authorize]
public sealed class CertificatesController(AppDbContext db, QualificationsEditor editor, FirmAccess access, IEventQueries events, IStringLocalizer<SharedResource> l) : ControllerBase
{
    /// <summary>
    /// The firm's certificates: for its own users and organizers with every proof link, for primes (when the firm is an
    /// approved supplier) with only the proofs the firm shares. <c>expired</c> is computed against the event's last day.
    /// </summary>
    [HttpGet]
    [ProducesResponseType<IReadOnlyList<CertificateResponse>>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public async Task<IActionResult> List(Guid eventId, Guid firmId, CancellationToken cancellationToken)
    {
        if (await FindAsync(eventId, firmId, cancellationToken) is not { } firm)
        {
            return this.FirmNotFound(l);
        }
        var view = await access.ViewAsync(User, firmId, cancellationToken);
        if (view == FirmView.None)
        {
            return this.FirmForbidden(l);
        }
        var end = (await events.GetAsync(eventId, cancellationToken)).EndDate;
        return Ok(firm.Qualifications.Certificates.OrderBy(c => c.Kind, StringComparer.Ordinal)
            .Select(c => CertificateResponse.From(firmId, c, view == FirmView.Full, end)).ToList());
    }

    /// <summary>
    /// Adds a certificate: <c>kind</c> is "AQAP-2110", "ISO 9001", "AS/EN 9100", "ISO 27001" or "other" with
    /// <c>otherKind</c>; <c>validUntil</c> must come after <c>issuedOn</c>. The firm's own users and organizers only.
    /// Sending the same certificate again (same standard, number and dates) adds nothing and answers the existing one with
    /// 200; the same standard and number with other dates is refused with 409 (remove the old certificate first).
    /// </summary>
    [HttpPost]
    [ProducesResponseType<CertificateResponse>(StatusCodes.Status201Created)]
    [ProducesResponseType<CertificateResponse>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public async Task<IActionResult> Add(Guid eventId, Guid firmId, CertificateInput input, CancellationToken cancellationToken)
    {
        if (await FindAsync(eventId, firmId, cancellationToken) is not { } firm)
        {
            return this.FirmNotFound(l);
        }
        if (!await access.CanEditAsync(User, firmId, cancellationToken))
        {
            return this.FirmForbidden(l);
        }
        var outcome = await editor.AddCertificateAsync(firm, input, proof: null, cancellationToken);
        if (outcome.Refusal is { } refusal)
        {
            return this.Refused(refusal);
        }
        var (certificate, added) = outcome.Value!;
        var end = (await events.GetAsync(eventId, cancellationToken)).EndDate;
        var response = CertificateResponse.From(firmId, certificate, full: true, end);
        return added ? Created($"/api/v1/events/{eventId}/firms/{firmId}/certificates", response) : Ok(response);
    }

    /// <summary>Removes a certificate and its proof. The firm's own users and organizers only; 404 for an unknown certificate.</summary>
    [HttpDelete("{certificateId:guid}")]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public async Task<IActionResult> Remove(Guid eventId, Guid firmId, Guid certificateId, CancellationToken cancellationToken)
    {
        if (await FindAsync(eventId, firmId, cancellationToken) is not { } firm)
        {
            return this.FirmNotFound(l);
        }
        if (!await access.CanEditAsync(User, firmId, cancellationToken))
        {
            return this.FirmForbidden(l);
        }
        return await editor.RemoveCertificateAsync(firm, certificateId, cancellationToken)
            ? NoContent()
            : Problem(l["There is no such certificate."], statusCode: StatusCodes.Status404NotFound, title: l["Not found."]);
    }

    private async Task<Firm?> FindAsync(Guid eventId, Guid firmId, CancellationToken cancellationToken) =>
        await db.Set<Participation>().AnyAsync(p => p.EventId == eventId && p.FirmId == firmId, cancellationToken)
            ? await editor.FindAsync(firmId, cancellationToken)
            : null;
}
