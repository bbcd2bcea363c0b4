using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using SupplierMeetups.Web.Platform.Http;
using SupplierMeetups.Web.Platform.Refusals;
using SupplierMeetups.Web.Platform.Security;

namespace SupplierMeetups.Web.CheckIn.MeetingCheckIn;

public sealed class MeetingScanRequest
{
    /// <summary>The badge's QR code text.</summary>
    [Required(ErrorMessage = ValidationMessages.Required), StringLength(2000, ErrorMessage = ValidationMessages.MaxLength)]
    public string? Token { get; set; }
}

[ApiController]
[Produces("application/json")]
[Authorize(Roles = MeetingRoles.TableScanners)]
public sealed class MeetingCheckInsController(TableCheckIns tables) : ControllerBase
{
    /// <summary>
    /// Scans a representative's badge at the meeting's table; both sides scanned = held. Scanning a side again changes
    /// nothing. 403 for a firm that is not a side of the meeting; 409 for a badge of neither side.
    /// </summary>
    [HttpPost("/api/v1/events/{eventId:guid}/meetings/{meetingId:guid}/checkins")]
    [ProducesResponseType<MeetingPresence>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict)]
    public async Task<IActionResult> Scan(Guid eventId, Guid meetingId, MeetingScanRequest request, CancellationToken cancellationToken)
    {
        var outcome = await tables.ScanAsync(eventId, meetingId, request.Token, User, cancellationToken);
        return outcome.Refusal is { } refusal ? this.Refused(refusal) : Ok(outcome.Value);
    }

    /// <summary>Who of the meeting is at the table.</summary>
    [HttpGet("/api/v1/events/{eventId:guid}/meetings/{meetingId:guid}/checkins")]
    [ProducesResponseType<MeetingPresence>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    public async Task<IActionResult> Presence(Guid eventId, Guid meetingId, CancellationToken cancellationToken)
    {
        var found = await tables.MeetingForAsync(eventId, meetingId, User, cancellationToken);
        return found.Refusal is { } refusal ? this.Refused(refusal) : Ok(await tables.PresenceAsync(found.Value!, cancellationToken));
    }
}

internal static class MeetingRoles
{
    /// <summary>Who scans at a meeting table: door staff, organizers, and the meeting's own firms (checked per meeting).</summary>
    public const string TableScanners = Roles.Staff + "," + Roles.Organizer + "," + Roles.Prime + "," + Roles.Supplier;
}
