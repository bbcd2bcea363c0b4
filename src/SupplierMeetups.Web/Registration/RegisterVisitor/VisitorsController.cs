using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using SupplierMeetups.Web.Platform.Http;
using SupplierMeetups.Web.Platform.Localization;
using SupplierMeetups.Web.Platform.RateLimiting;
using SupplierMeetups.Web.Platform.Refusals;
using SupplierMeetups.Web.Registration.Consent;

namespace SupplierMeetups.Web.Registration.RegisterVisitor;

public sealed record VisitorRegistrationResponse(string Status, string Message);

/// <summary>One version of the event's personal data notice (KVKK) in one language.</summary>
/// <param name="Id">The version's id: a sign-up names it as the text it accepted.</param>
/// <param name="Language">"tr" or "en".</param>
/// <param name="Version">1 for the first text, one more for each revision.</param>
/// <param name="Text">The notice, with its line breaks.</param>
public sealed record ConsentTextResponse(Guid Id, string Language, int Version, string Text)
{
    public static ConsentTextResponse Of(ConsentText text) => new(text.Id, text.Language, text.Version, text.Text);
}

[ApiController]
[Route("api/v1/events/{eventId:guid}")]
[Produces("application/json")]
public sealed class VisitorsController(VisitorRegistrar registrar, ConsentTexts consentTexts, IStringLocalizer<SharedResource> l) : ControllerBase
{
    /// <summary>
    /// Registers a visitor, no sign-in needed. <c>acceptConsent</c> must be true; <c>consentTextId</c> names the version shown
    /// (the current one when left out). The same e-mail again answers 200 "alreadyRegistered" and changes nothing.
    /// </summary>
    [EnableRateLimiting(RateLimitPolicies.VisitorSignUp)]
    [HttpPost("visitors"), AllowAnonymous]
    [ProducesResponseType<VisitorRegistrationResponse>(StatusCodes.Status201Created)]
    [ProducesResponseType<VisitorRegistrationResponse>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    public async Task<IActionResult> Register(Guid eventId, VisitorInput input, CancellationToken cancellationToken)
    {
        var result = await registrar.RegisterAsync(eventId, input, HttpContext.Connection.RemoteIpAddress?.ToString(), cancellationToken);
        if (result.Refusal is { } refusal)
        {
            return this.Refused(refusal);
        }
        return result.Value!.AlreadyRegistered
            ? Ok(new VisitorRegistrationResponse("alreadyRegistered", l["You are already registered for this event with this e-mail address. The link in the e-mail we sent you opens your registration."]))
            : StatusCode(StatusCodes.Status201Created, new VisitorRegistrationResponse("pendingConfirmation", l["Thank you. We sent you an e-mail: confirm your address with the link in it, and your badge will be prepared."]));
    }

    /// <summary>The personal data notice a visitor accepts, current version, in <c>language</c> ("tr" or "en"; default: the request's).</summary>
    [HttpGet("consent"), AllowAnonymous]
    [ProducesResponseType<ConsentTextResponse>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    public async Task<IActionResult> Consent(Guid eventId, string? language, CancellationToken cancellationToken) =>
        await consentTexts.CurrentAsync(eventId, language ?? LanguageOf.Current, cancellationToken) is { } text
            ? Ok(ConsentTextResponse.Of(text))
            : Problem(l["There is no such event."], statusCode: StatusCodes.Status404NotFound, title: l["Not found."]);
}
