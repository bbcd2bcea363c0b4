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
    [HttpGet("emails")]
    public async Task<object> Emails(CancellationToken cancellationToken) => new
    {
        summary = await operations.SummaryAsync(cancellationToken),
        trouble = await operations.TroubleAsync(cancellationToken),
    };

    [HttpPost("emails/{id:guid}/retry")]
    [ProducesResponseType(StatusCodes.Status202Accepted)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    public async Task<IActionResult> Retry(Guid id, CancellationToken cancellationToken) =>
        await operations.RetryAsync(id, cancellationToken)
            ? Accepted()
            : Problem(l["There is no unsent e-mail with this id."], statusCode: StatusCodes.Status404NotFound, title: l["Not found."]);
}
