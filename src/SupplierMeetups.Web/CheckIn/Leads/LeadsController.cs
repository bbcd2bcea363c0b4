using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using SupplierMeetups.Web.Platform.Http;
using SupplierMeetups.Web.Platform.Refusals;
using SupplierMeetups.Web.Platform.Security;

namespace SupplierMeetups.Web.CheckIn.Leads;

public sealed class LeadScanRequest
{
    /// <summary>The visitor's badge QR code text.</summary>
    [Required(ErrorMessage = ValidationMessages.Required), StringLength(2000, ErrorMessage = ValidationMessages.MaxLength)]
    public string? Token { get; set; }

    [StringLength(Lead.NoteMaxLength, ErrorMessage = ValidationMessages.MaxLength)]
    public string? Note { get; set; }
}

public sealed class LeadNoteRequest
{
    [StringLength(Lead.NoteMaxLength, ErrorMessage = ValidationMessages.MaxLength)]
    public string? Note { get; set; }
}

[ApiController]
[Produces("application/json")]
[Authorize(Roles = LeadRoles.Exhibitors)]
public sealed class LeadsController(LeadBook book) : ControllerBase
{
    /// <summary>
    /// Scans a visitor's badge at the booth: 201 with the new lead, 200 with the existing one when scanned before (a
    /// note given replaces its note). 422 when the visitor did not agree to share their contact or it is not a visitor's badge.
    /// </summary>
    [HttpPost("/api/v1/events/{eventId:guid}/leads")]
    [ProducesResponseType<LeadResponse>(StatusCodes.Status201Created)]
    [ProducesResponseType<LeadResponse>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status422UnprocessableEntity)]
    public async Task<IActionResult> Capture(Guid eventId, LeadScanRequest request, CancellationToken cancellationToken)
    {
        var outcome = await book.CaptureAsync(eventId, User, request.Token, request.Note, cancellationToken);
        return outcome.Refusal is { } refusal ? this.Refused(refusal)
            : outcome.Value!.New ? Created($"/api/v1/events/{eventId}/leads/{outcome.Value.Id}", outcome.Value) : Ok(outcome.Value);
    }

    /// <summary>The firm's leads, newest first.</summary>
    [HttpGet("/api/v1/events/{eventId:guid}/leads")]
    [ProducesResponseType<IReadOnlyList<LeadResponse>>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden)]
    public async Task<IActionResult> List(Guid eventId, CancellationToken cancellationToken)
    {
        var firm = await book.FirmOfAsync(eventId, User, cancellationToken);
        return firm.Refusal is { } refusal ? this.Refused(refusal) : Ok(await book.ListAsync(firm.Value!.ParticipationId, cancellationToken));
    }

    /// <summary>The firm's leads as CSV (semicolon-separated, UTF-8).</summary>
    [HttpGet("/api/v1/events/{eventId:guid}/leads.csv")]
    [Produces("text/csv")]
    public async Task<IActionResult> Csv(Guid eventId, CancellationToken cancellationToken)
    {
        var firm = await book.FirmOfAsync(eventId, User, cancellationToken);
        return firm.Refusal is { } refusal ? this.Refused(refusal)
            : File(await book.CsvAsync(firm.Value!.ParticipationId, cancellationToken), "text/csv; charset=utf-8", "leads.csv");
    }

    [HttpPut("/api/v1/events/{eventId:guid}/leads/{leadId:guid}")]
    [ProducesResponseType<LeadResponse>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    public async Task<IActionResult> Note(Guid eventId, Guid leadId, LeadNoteRequest request, CancellationToken cancellationToken)
    {
        var outcome = await book.NoteAsync(eventId, User, leadId, request.Note, cancellationToken);
        return outcome.Refusal is { } refusal ? this.Refused(refusal) : Ok(outcome.Value);
    }
}

internal static class LeadRoles
{
    /// <summary>Who captures leads: the firms' accounts (primes and suppliers), checked per event for an approved participation.</summary>
    public const string Exhibitors = Roles.Prime + "," + Roles.Supplier;
}
