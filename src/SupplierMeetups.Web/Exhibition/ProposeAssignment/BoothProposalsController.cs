using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using SupplierMeetups.Web.Exhibition.Booths;
using SupplierMeetups.Web.Identity;
using SupplierMeetups.Web.Platform.Localization;
using SupplierMeetups.Web.Platform.Refusals;
using SupplierMeetups.Web.Platform.Security;

namespace SupplierMeetups.Web.Exhibition.ProposeAssignment;

/// <summary>The API of the proposal page beside it (Proposal): the automatic booth proposal, changed line by line, then confirmed.</summary>
[ApiController]
[Route("api/v1/events/{eventId:guid}")]
[Produces("application/json")]
[Tags("Booths")]
public sealed class BoothProposalsController(ProposalService proposals, IStringLocalizer<SharedResource> l) : ControllerBase
{
    /// <summary>Asks for an automatic proposal over every approved exhibitor; it is stored for review and changes nothing until confirmed.</summary>
    [HttpPost("booth-proposals"), Authorize(Roles = Roles.Organizer)]
    [ProducesResponseType<ProposalResponse>(StatusCodes.Status201Created)]
    public async Task<IActionResult> Propose(Guid eventId, CancellationToken cancellationToken)
    {
        var proposal = await proposals.CreateAsync(eventId, cancellationToken);
        return Created($"/api/v1/events/{eventId}/booth-proposals/{proposal.Id}", await proposals.DescribeAsync(proposal, l, cancellationToken));
    }

    [HttpGet("booth-proposals/{proposalId:guid}"), Authorize(Roles = Roles.Organizer)]
    [ProducesResponseType<ProposalResponse>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    public async Task<IActionResult> GetProposal(Guid eventId, Guid proposalId, CancellationToken cancellationToken) =>
        await proposals.FindAsync(eventId, proposalId, cancellationToken) is { } proposal
            ? Ok(await proposals.DescribeAsync(proposal, l, cancellationToken))
            : NotFoundProblem(l["There is no such proposal."]);

    /// <summary>Changes one firm's line of the proposal: another booth, or none.</summary>
    [HttpPut("booth-proposals/{proposalId:guid}/placements/{firmId:guid}"), Authorize(Roles = Roles.Organizer)]
    [ProducesResponseType<ProposalResponse>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict)]
    public async Task<IActionResult> ChangePlacement(Guid eventId, Guid proposalId, Guid firmId, PlacementChange change, CancellationToken cancellationToken) =>
        await proposals.ChangeAsync(eventId, proposalId, firmId, change.BoothId, cancellationToken) is { } refusal
            ? this.Refused(refusal)
            : await GetProposal(eventId, proposalId, cancellationToken);

    /// <summary>Assigns every booth of the proposal (confirmed) at once, or nothing if one of them was taken meanwhile.</summary>
    [HttpPost("booth-proposals/{proposalId:guid}/confirmation"), Authorize(Roles = Roles.Organizer)]
    [ProducesResponseType<ProposalResponse>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict)]
    public async Task<IActionResult> Confirm(Guid eventId, Guid proposalId, CancellationToken cancellationToken) =>
        await proposals.ConfirmAsync(eventId, proposalId, cancellationToken) is { } refusal
            ? this.Refused(refusal)
            : await GetProposal(eventId, proposalId, cancellationToken);

    private ObjectResult NotFoundProblem(string detail) => Problem(detail, statusCode: StatusCodes.Status404NotFound, title: l["Not found."]);
}
