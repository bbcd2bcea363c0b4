using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using SupplierMeetups.Web.Platform.Refusals;
using SupplierMeetups.Web.Platform.Security;
using SupplierMeetups.Web.Registration.RegisterFirm;

namespace SupplierMeetups.Web.Registration.Taxonomy;

/// <summary>The organizers' edits of the capability taxonomy, as on the Capabilities page (reading it: GET /api/v1/capabilities).</summary>
[ApiController]
[Produces("application/json")]
[Authorize(Roles = Roles.Organizer)]
public sealed class TaxonomyController(TaxonomyEditor editor) : ControllerBase
{
    /// <summary>
    /// Adds a capability (201). The same code with the same names and parent again answers the existing one (200); the code
    /// taken by another capability: 409 at <c>code</c>. Codes never change, as firms' profiles and needs store them.
    /// </summary>
    [HttpPost("/api/v1/capabilities")]
    [ProducesResponseType<CapabilityResponse>(StatusCodes.Status201Created)]
    [ProducesResponseType<CapabilityResponse>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    public async Task<IActionResult> Add(CapabilityInput input, CancellationToken cancellationToken)
    {
        var outcome = await editor.AddAsync(input, cancellationToken);
        if (outcome.Refusal is { } refusal)
        {
            return this.Refused(refusal);
        }
        var (term, added) = outcome.Value!;
        return added ? Created($"/api/v1/capabilities", AsResponse(term)) : Ok(AsResponse(term));
    }

    /// <summary>Renames a capability or moves it under another one; firms and needs keep it, as its code stays.</summary>
    [HttpPut("/api/v1/capabilities/{code}")]
    [ProducesResponseType<CapabilityResponse>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public async Task<IActionResult> Update(string code, CapabilityNamesInput input, CancellationToken cancellationToken)
    {
        var outcome = await editor.UpdateAsync(code, input, cancellationToken);
        return outcome.Refusal is { } refusal ? this.Refused(refusal) : Ok(AsResponse(outcome.Value!));
    }

    /// <summary>Removes a capability that no firm, need or narrower capability names (204); in use: 409 saying by what.</summary>
    [HttpDelete("/api/v1/capabilities/{code}")]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    public async Task<IActionResult> Remove(string code, CancellationToken cancellationToken)
    {
        var outcome = await editor.RemoveAsync(code, cancellationToken);
        return outcome.Refusal is { } refusal ? this.Refused(refusal) : NoContent();
    }

    private static CapabilityResponse AsResponse(Capability term) => new(term.Code, term.ParentCode, term.NameTr, term.NameEn);
}
