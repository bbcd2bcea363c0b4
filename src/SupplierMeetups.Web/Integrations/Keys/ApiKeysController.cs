using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using SupplierMeetups.Web.Platform.Refusals;
using SupplierMeetups.Web.Platform.Security;

namespace SupplierMeetups.Web.Integrations.Keys;

public sealed class IssueApiKeyInput
{
    public string? Name { get; set; }

    /// <summary>True grants every ":read" scope; otherwise <see cref="Scopes"/> lists the actions.</summary>
    public bool ReadOnly { get; set; }

    public List<string>? Scopes { get; set; }
}

/// <summary>The API of the integrations page: organizers issue, list and revoke an event's API keys. Keys themselves cannot manage keys.</summary>
[ApiController]
[Route("api/v1/events/{eventId:guid}/api-keys")]
[Produces("application/json")]
[Tags("Integrations")]
[Authorize(Roles = Roles.Organizer)]
public sealed class ApiKeysController(ApiKeyService keys) : ControllerBase
{
    [HttpGet]
    public Task<IReadOnlyList<ApiKeyView>> List(Guid eventId, CancellationToken cancellationToken) => keys.ListAsync(eventId, cancellationToken);

    /// <summary>Issues a key; the answer's <c>secret</c> is the whole key, shown this once and never again.</summary>
    [HttpPost]
    [ProducesResponseType<IssuedApiKey>(StatusCodes.Status201Created)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status409Conflict)]
    public async Task<IActionResult> Issue(Guid eventId, IssueApiKeyInput input, CancellationToken cancellationToken)
    {
        var outcome = await keys.IssueAsync(eventId, input.Name, input.ReadOnly, input.Scopes, cancellationToken);
        return outcome.Refusal is { } refusal ? this.Refused(refusal) : StatusCode(StatusCodes.Status201Created, outcome.Value);
    }

    [HttpPost("{keyId:guid}/revoke")]
    [ProducesResponseType<ApiKeyView>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    public async Task<IActionResult> Revoke(Guid eventId, Guid keyId, CancellationToken cancellationToken)
    {
        var outcome = await keys.RevokeAsync(eventId, keyId, cancellationToken);
        return outcome.Refusal is { } refusal ? this.Refused(refusal) : Ok(outcome.Value);
    }
}
