using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using SupplierMeetups.Web.Platform.Security;

namespace SupplierMeetups.Web.Platform.Operations;

[ApiController]
[Route("api/v1/operations")]
[Produces("application/json")]
[Authorize(Roles = Roles.Organizer)]
public sealed class OperationsController(OutboxOperations operations, IStringLocalizer<SharedResource> l) : ControllerBase
{
    /// <summary>The e-mail outbox: how many e-mails wait, are sent or failed, and the ones in trouble.</summary>
    [HttpGet("emails")]
    public async Task<EmailOperationsResponse> Emails(CancellationToken cancellationToken) =>
        new(await operations.SummaryAsync(cancellationToken), await operations.TroubleAsync(cancellationToken));

    [HttpPost("emails/{id:guid}/retry")]
    [ProducesResponseType(StatusCodes.Status202Accepted)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    public async Task<IActionResult> Retry(Guid id, CancellationToken cancellationToken) =>
        await operations.RetryAsync(id, cancellationToken)
            ? Accepted()
            : Problem(l["There is no unsent e-mail with this id."], statusCode: StatusCodes.Status404NotFound, title: l["Not found."]);
}

/// <summary>The outbox's counts and its e-mails in trouble (a named type, so that the document gives the answer's shape).</summary>
public sealed record EmailOperationsResponse(OutboxSummary Summary, IReadOnlyList<StuckEmail> Trouble);
