using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using SupplierMeetups.Web.Badges.Contracts;
using SupplierMeetups.Web.Platform.Localization;
using SupplierMeetups.Web.Platform.Refusals;
using SupplierMeetups.Web.Platform.Security;

namespace SupplierMeetups.Web.CheckIn.Kiosk;

[ApiController]
[Produces("application/json")]
public sealed class KioskController(KioskDesk desk) : ControllerBase
{
    /// <summary>Finds the visitor's badge (a scanned QR code, or e-mail + code) and prints it. 404 nothing matches; 409 past the reprint limit.</summary>
    [HttpPost("/api/v1/events/{eventId:guid}/kiosk/prints"), Authorize(Roles = KioskRoles.Kiosks)]
    [ProducesResponseType<KioskPrintResponse>(StatusCodes.Status201Created)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict)]
    public async Task<IActionResult> Print(Guid eventId, KioskPrintRequest request, CancellationToken cancellationToken)
    {
        var outcome = await desk.PrintAsync(eventId, new KioskLookup(request.Qr, request.Email, request.Code), request.Nonce, KioskUser.Of(User), cancellationToken);
        return await AnswerAsync(outcome, cancellationToken);
    }

    /// <summary>Registers a walk-in visitor, confirmed on the spot, and prints the badge. 409 when the address is registered already.</summary>
    [HttpPost("/api/v1/events/{eventId:guid}/kiosk/walk-ins"), Authorize(Roles = KioskRoles.Kiosks)]
    [ProducesResponseType<KioskPrintResponse>(StatusCodes.Status201Created)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict)]
    public async Task<IActionResult> WalkIn(Guid eventId, WalkInInput input, CancellationToken cancellationToken)
    {
        var outcome = await desk.WalkInAsync(eventId, input.ToWalkIn(), input.Nonce, HttpContext.Connection.RemoteIpAddress?.ToString(), KioskUser.Of(User), cancellationToken);
        return await AnswerAsync(outcome, cancellationToken);
    }

    /// <summary>The printed badge as a PDF on the event's paper (A6 or a label size).</summary>
    [HttpGet("/api/v1/events/{eventId:guid}/kiosk/prints/{printId:guid}/pdf"), Authorize(Roles = KioskRoles.Kiosks)]
    [Produces("application/pdf")]
    public async Task<IActionResult> Pdf(Guid eventId, Guid printId, CancellationToken cancellationToken) =>
        await desk.PdfAsync(eventId, printId, LanguageOf.Current, cancellationToken) is { } pdf ? File(pdf, "application/pdf") : NotFound();

    /// <summary>The kiosks' prints of the event, newest first (who printed, when, which print of the badge).</summary>
    [HttpGet("/api/v1/events/{eventId:guid}/kiosk/prints"), Authorize(Roles = Roles.Organizer)]
    public async Task<IReadOnlyList<KioskPrintResponse>> Log(Guid eventId, CancellationToken cancellationToken)
    {
        var settings = await desk.SettingsAsync(eventId, cancellationToken);
        return (await desk.LogAsync(eventId, 500, cancellationToken))
            .Select(p => KioskPrintResponse.Of(p, Math.Max(0, 1 + settings.ReprintLimit - p.Sequence))).ToList();
    }

    [HttpGet("/api/v1/events/{eventId:guid}/kiosk/settings"), Authorize(Roles = Roles.Organizer)]
    public async Task<KioskSettingsResponse> Settings(Guid eventId, CancellationToken cancellationToken) =>
        KioskSettingsResponse.Of(await desk.SettingsAsync(eventId, cancellationToken));

    /// <summary>Sets the badge paper (A6, Label100x150, Label62x100) and the reprints per badge (0–20).</summary>
    [HttpPut("/api/v1/events/{eventId:guid}/kiosk/settings"), Authorize(Roles = Roles.Organizer)]
    [ProducesResponseType<KioskSettingsResponse>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    public async Task<IActionResult> SaveSettings(Guid eventId, KioskSettingsRequest request, CancellationToken cancellationToken)
    {
        var outcome = await desk.SaveSettingsAsync(eventId, request.Paper!.Value, request.ReprintLimit!.Value, cancellationToken);
        return outcome.Refusal is { } refusal ? this.Refused(refusal) : Ok(KioskSettingsResponse.Of(outcome.Value!));
    }

    private async Task<IActionResult> AnswerAsync(Outcome<KioskPrint> outcome, CancellationToken cancellationToken)
    {
        if (outcome.Refusal is { } refusal)
        {
            return this.Refused(refusal);
        }
        var print = outcome.Value!;
        var response = KioskPrintResponse.Of(print, await desk.PrintsLeftAsync(print, cancellationToken));
        return Created(response.Pdf, response);
    }
}

/// <summary>Both settings, always: a PUT replaces them, so a body that names neither is refused rather than read as the defaults.</summary>
public sealed class KioskSettingsRequest
{
    [System.ComponentModel.DataAnnotations.Required(ErrorMessage = Platform.Http.ValidationMessages.Required)]
    [JsonConverter(typeof(JsonStringEnumConverter<BadgePaper>))]
    public BadgePaper? Paper { get; set; }

    [System.ComponentModel.DataAnnotations.Required(ErrorMessage = Platform.Http.ValidationMessages.Required)]
    [System.ComponentModel.DataAnnotations.Range(0, 20, ErrorMessage = "Reprints must be between 0 and 20.")]
    public int? ReprintLimit { get; set; }
}

internal static class KioskRoles
{
    /// <summary>Who uses a kiosk: the kiosk's own account, and organizers trying it out.</summary>
    public const string Kiosks = Roles.Kiosk + "," + Roles.Organizer;
}
