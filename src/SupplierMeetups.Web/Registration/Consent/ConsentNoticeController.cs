using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using SupplierMeetups.Web.Platform.Http;
using SupplierMeetups.Web.Platform.Http.Input;
using SupplierMeetups.Web.Platform.Security;
using SupplierMeetups.Web.Registration.RegisterVisitor;

namespace SupplierMeetups.Web.Registration.Consent;

/// <summary>The API of the notice edit page beside it: organizers revise the event's personal data notice (KVKK).</summary>
[ApiController]
[Route("api/v1/events/{eventId:guid}/consent")]
[Produces("application/json")]
[Authorize(Roles = Roles.Organizer)]
public sealed class ConsentNoticeController(ConsentTexts texts, IStringLocalizer<SharedResource> l) : ControllerBase
{
    /// <summary>Every stored version of the notice, per language ("en" before "tr"), the newest first; empty while the default notice was never stored.</summary>
    [HttpGet("versions")]
    [ProducesResponseType<List<ConsentTextResponse>>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public async Task<IActionResult> Versions(Guid eventId, CancellationToken cancellationToken) =>
        await texts.CurrentAsync(eventId, "tr", cancellationToken) is null
            ? NoEvent()
            : Ok((await texts.HistoryAsync(eventId, cancellationToken)).Select(ConsentTextResponse.Of).ToList());

    /// <summary>
    /// Revises the notice in both languages. A language whose text differs from its current version gets the next
    /// version (the old ones stay, as proof of what people accepted); the same text again adds nothing. Answers the
    /// current version of each language, Turkish first.
    /// </summary>
    [HttpPut]
    [ProducesResponseType<List<ConsentTextResponse>>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public async Task<IActionResult> Put(Guid eventId, ConsentNoticeInput input, CancellationToken cancellationToken) =>
        await texts.ReviseNoticeAsync(eventId, input.TextTr, input.TextEn, SignedInUser.IdOf(User), cancellationToken) is { } current
            ? Ok(current.Select(ConsentTextResponse.Of).ToList())
            : NoEvent();

    private ObjectResult NoEvent() =>
        Problem(l["There is no such event."], statusCode: StatusCodes.Status404NotFound, title: l["Not found."]);
}

/// <summary>The personal data notice in both languages, whole.</summary>
public sealed class ConsentNoticeInput
{
    /// <summary>The notice in Turkish, as visitors and firms read it before they accept it (at most 20000 characters; line breaks kept).</summary>
    [MultilineText, Required(ErrorMessage = ValidationMessages.Required), StringLength(20000, ErrorMessage = ValidationMessages.MaxLength), Display(Name = "Notice (Turkish)")]
    public string TextTr { get; set; } = "";

    /// <summary>The notice in English (at most 20000 characters; line breaks kept).</summary>
    [MultilineText, Required(ErrorMessage = ValidationMessages.Required), StringLength(20000, ErrorMessage = ValidationMessages.MaxLength), Display(Name = "Notice (English)")]
    public string TextEn { get; set; } = "";
}
