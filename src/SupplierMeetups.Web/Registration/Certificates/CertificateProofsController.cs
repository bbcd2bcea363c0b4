using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SupplierMeetups.Web.Platform.Http;
using SupplierMeetups.Web.Platform.Persistence;
using SupplierMeetups.Web.Platform.Refusals;
using SupplierMeetups.Web.Platform.Storage;

namespace SupplierMeetups.Web.Registration.Certificates;

/// <summary>A certificate's PDF proof, as on the qualifications page: the same checks, storage and access rules.</summary>
[ApiController]
[Route("api/v1/events/{eventId:guid}/firms/{firmId:guid}/certificates/{certificateId:guid}/proof")]
[Authorize]
public sealed class CertificateProofsController(AppDbContext db, FirmAccess access, IStringLocalizer<SharedResource> l) : ControllerBase
{
    /// <summary>
    /// Uploads the proof (multipart, field <c>proof</c>: a PDF of at most 5 MB), replacing an earlier one.
    /// The firm's own users and organizers only; a file that is not a PDF or too large is refused and nothing is kept.
    /// </summary>
    [HttpPut, Consumes("multipart/form-data")]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public async Task<IActionResult> Upload(
        Guid eventId, Guid firmId, Guid certificateId, IFormFile? proof, [FromServices] QualificationsEditor editor, [FromServices] ProofFiles proofs, CancellationToken cancellationToken)
    {
        if (!await db.Set<Participation>().AnyAsync(p => p.EventId == eventId && p.FirmId == firmId, cancellationToken)
            || await editor.FindAsync(firmId, cancellationToken) is not { } firm)
        {
            return this.FirmNotFound(l);
        }
        if (!await access.CanEditAsync(User, firmId, cancellationToken))
        {
            return this.FirmForbidden(l);
        }
        if (firm.Qualifications.Certificates.All(c => c.Id != certificateId))
        {
            return CertificateNotFound();
        }
        var refusal = proof is null ? ProofFiles.Refused(l["Attach the proof as a PDF file (form field \"proof\")."]) : await proofs.CheckAsync(proof, cancellationToken);
        if (refusal is not null)
        {
            return this.Refused(refusal);
        }
        return await editor.ReplaceProofAsync(firm, certificateId, proof!, cancellationToken) ? NoContent() : CertificateNotFound();
    }

    /// <summary>Downloads the proof: the firm's users and organizers; primes only when the supplier shares it.</summary>
    [HttpGet]
    [Produces("application/pdf")]
    [ProducesResponseType(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public async Task<IActionResult> Download(Guid eventId, Guid firmId, Guid certificateId, [FromServices] ProofDownloads downloads, CancellationToken cancellationToken)
    {
        if (!await db.Set<Participation>().AnyAsync(p => p.EventId == eventId && p.FirmId == firmId, cancellationToken))
        {
            return this.FirmNotFound(l);
        }
        var download = await downloads.FindAsync(User, firmId, certificateId, cancellationToken);
        return download.Access switch
        {
            ProofAccess.Allowed => UploadFolder.Serve(Response, download.Path!, "application/pdf", download.FileName ?? "proof.pdf", inline: false),
            ProofAccess.Forbidden => Problem(l["Only the firm's users, the organizers and, when the firm shares it, prime contractors may download this proof."],
                statusCode: StatusCodes.Status403Forbidden, title: l["You are not allowed to do this."]),
            _ => CertificateNotFound(),
        };
    }

    private ObjectResult CertificateNotFound() =>
        Problem(l["There is no such certificate proof."], statusCode: StatusCodes.Status404NotFound, title: l["Not found."]);
}
