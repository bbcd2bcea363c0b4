using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SupplierMeetups.Web.Events.Contracts;
using SupplierMeetups.Web.Platform.Http;
using SupplierMeetups.Web.Platform.Http.Input;
using SupplierMeetups.Web.Platform.Persistence;
using SupplierMeetups.Web.Platform.Refusals;
using SupplierMeetups.Web.Platform.Security;
using SupplierMeetups.Web.Registration.EditFirm;

namespace SupplierMeetups.Web.Registration.ReviewFirms;

/// <summary>The API of the review page beside it (Pending): organizers approve or reject a firm's participation.</summary>
[ApiController]
[Route("api/v1/events/{eventId:guid}/firms")]
[Produces("application/json")]
[Tags("Firms")]
public sealed class FirmReviewController(AppDbContext db, IEventQueries events, FirmReview review, IStringLocalizer<SharedResource> l) : ControllerBase
{
    [HttpPost("{firmId:guid}/approve"), Authorize(Roles = Roles.Organizer)]
    [ProducesResponseType<FirmResponse>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    public async Task<IActionResult> Approve(Guid eventId, Guid firmId, CancellationToken cancellationToken) =>
        await review.ApproveAsync(eventId, firmId, cancellationToken) is { } refusal ? this.Refused(refusal) : await ReviewedAsync(eventId, firmId, cancellationToken);

    /// <summary>Rejects the firm's participation; the reason is required and goes to the firm's contact by e-mail.</summary>
    [HttpPost("{firmId:guid}/reject"), Authorize(Roles = Roles.Organizer)]
    [ProducesResponseType<FirmResponse>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    public async Task<IActionResult> Reject(Guid eventId, Guid firmId, RejectInput input, CancellationToken cancellationToken) =>
        await review.RejectAsync(eventId, firmId, input.Reason, cancellationToken) is { } refusal ? this.Refused(refusal) : await ReviewedAsync(eventId, firmId, cancellationToken);

    /// <summary>The firm as organizers see it after the decision.</summary>
    private async Task<IActionResult> ReviewedAsync(Guid eventId, Guid firmId, CancellationToken cancellationToken)
    {
        var firm = await db.Set<Firm>().SingleOrDefaultAsync(f => f.Id == firmId, cancellationToken);
        var participation = await db.Set<Participation>().SingleOrDefaultAsync(p => p.EventId == eventId && p.FirmId == firmId, cancellationToken);
        return firm is null || participation is null
            ? this.FirmNotFound(l)
            : Ok(FirmResponse.From(firm, participation, FirmView.Full, (await events.GetAsync(eventId, cancellationToken)).EndDate));
    }
}

public sealed class RejectInput
{
    [MultilineText, Required(ErrorMessage = ValidationMessages.Required), StringLength(2000, ErrorMessage = ValidationMessages.MaxLength), Display(Name = "Reason for rejection")]
    public string Reason { get; set; } = "";
}
