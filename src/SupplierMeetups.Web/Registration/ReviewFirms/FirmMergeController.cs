using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using SupplierMeetups.Web.Platform.Refusals;
using SupplierMeetups.Web.Platform.Security;

namespace SupplierMeetups.Web.Registration.ReviewFirms;

/// <summary>The API of the merge page beside it: an organizer folds a duplicate firm into the one kept.</summary>
[ApiController]
[Route("api/v1/firms/{firmId:guid}/merge")]
[Produces("application/json")]
[Tags("Firms")]
[Authorize(Roles = Roles.Organizer)]
public sealed class FirmMergeController(FirmMerger merger) : ControllerBase
{
    /// <summary>
    /// Merges the duplicate firm into this one (kept): the duplicate's participations, representatives, certificates and
    /// capabilities move over and it is deleted; where both took part in the same event, the kept firm's registration
    /// stays and the duplicate's representatives join it. Sent again after it is done, it answers the same merge
    /// (<c>alreadyMerged</c> true) and changes nothing.
    /// </summary>
    [HttpPost]
    [ProducesResponseType<FirmMergeResponse>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public async Task<IActionResult> Merge(Guid firmId, FirmMergeInput input, CancellationToken cancellationToken)
    {
        var outcome = await merger.MergeAsync(firmId, input.DuplicateFirmId!.Value, cancellationToken);
        return outcome.Refusal is { } refusal ? this.Refused(refusal) : Ok(FirmMergeResponse.Of(outcome.Value!));
    }
}

/// <summary>Which firm is the duplicate to fold into the firm of the route.</summary>
public sealed class FirmMergeInput
{
    /// <summary>The duplicate firm: it is deleted once its participations, people and certificates have moved to the kept firm.</summary>
    [System.ComponentModel.DataAnnotations.Required(ErrorMessage = Platform.Http.ValidationMessages.Required)]
    public Guid? DuplicateFirmId { get; set; }
}

/// <summary>The outcome of a merge.</summary>
/// <param name="FirmId">The firm kept.</param>
/// <param name="LegalName">The kept firm's legal name.</param>
/// <param name="MergedFirmId">The duplicate folded into it, which no longer exists.</param>
/// <param name="AlreadyMerged">True when an earlier request had already done this merge and this one changed nothing.</param>
public sealed record FirmMergeResponse(Guid FirmId, string LegalName, Guid MergedFirmId, bool AlreadyMerged)
{
    public static FirmMergeResponse Of(FirmMerge merge) => new(merge.Kept.Id, merge.Kept.LegalName, merge.MergedFirmId, merge.AlreadyMerged);
}
