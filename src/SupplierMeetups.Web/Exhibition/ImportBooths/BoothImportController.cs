using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using SupplierMeetups.Web.Exhibition.Booths;
using SupplierMeetups.Web.Identity;
using SupplierMeetups.Web.Platform.Localization;
using SupplierMeetups.Web.Platform.Refusals;
using SupplierMeetups.Web.Platform.Security;

namespace SupplierMeetups.Web.Exhibition.ImportBooths;

/// <summary>The API of the booth import page beside it: the same service, rules and messages.</summary>
[ApiController]
[Route("api/v1/events/{eventId:guid}/booths/import")]
[Produces("application/json")]
[Authorize(Roles = Roles.Organizer)]
public sealed class BoothImportController(BoothImport import, BoothQuery query, IStringLocalizer<SharedResource> l) : ControllerBase
{
    /// <summary>The largest CSV file taken (1 MB: some 20,000 booths).</summary>
    public const int MaxBytes = 1024 * 1024;

    /// <summary>
    /// Creates or updates booths from a CSV file (form field <c>file</c>): <c>code;hall;x;y;width;depth;type;price</c>, one
    /// booth a line, an optional header line; semicolons with decimal commas or commas with decimal points. A booth whose
    /// code exists is updated, so sending the same file again leaves the same booths. Any fault refuses the whole file
    /// (400, each message naming its line or its booth code) and nothing is written. Organizers only.
    /// </summary>
    [HttpPost, Consumes("multipart/form-data"), RequestSizeLimit(MaxBytes + 64 * 1024)]
    [ProducesResponseType<BoothImportResponse>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    public async Task<IActionResult> ImportBooths(Guid eventId, IFormFile? file, CancellationToken cancellationToken)
    {
        if (file is not { Length: > 0 and <= MaxBytes })
        {
            return this.Refused(Refusal.AtField("file", l["Attach the booths as a CSV file (form field \"file\", at most 1 MB)."]));
        }
        string text;
        using (var reader = new StreamReader(file.OpenReadStream()))
        {
            text = await reader.ReadToEndAsync(cancellationToken);
        }
        var outcome = await import.ImportAsync(eventId, text, cancellationToken);
        if (outcome.Refusal is { } refusal)
        {
            return this.Refused(refusal);
        }
        var ids = outcome.Value!.Select(b => b.Id).ToHashSet();
        var booths = (await query.ForEventAsync(eventId, cancellationToken)).Where(v => ids.Contains(v.Booth.Id))
            .Select(v => BoothResponse.From(v, organizer: true)).OrderBy(b => b.Code, StringComparer.Ordinal).ToList();
        return Ok(new BoothImportResponse(booths.Count, booths));
    }
}

/// <summary>The outcome of a booth import.</summary>
/// <param name="Imported">How many booths the file held: each was created or updated.</param>
/// <param name="Booths">The imported booths as they are now.</param>
public sealed record BoothImportResponse(int Imported, IReadOnlyList<BoothResponse> Booths);
