using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SupplierMeetups.Web.Events.Contracts;
using SupplierMeetups.Web.Platform.Http.Input;
using SupplierMeetups.Web.Platform.Localization;
using SupplierMeetups.Web.Platform.RateLimiting;
using SupplierMeetups.Web.Platform.Refusals;
using SupplierMeetups.Web.Registration.Consent;

namespace SupplierMeetups.Web.Registration.RegisterVisitor;

/// <summary>The public visitor registration form of an event.</summary>
[EnableRateLimiting(RateLimitPolicies.VisitorSignUp)]
[AllowAnonymous, ShowsFieldErrors]
public sealed class VisitModel(IEventQueries events, IEventClosure closure, VisitorRegistrar registrar, ConsentTexts consentTexts, IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid EventId { get; set; }

    [BindProperty]
    public VisitorInput Input { get; set; } = new();

    public string EventName { get; private set; } = "";
    public bool RequireIdentityNumber { get; private set; }
    public ConsentText? Consent { get; private set; }
    public string? Outcome { get; private set; }
    public bool IsOver { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? outcome, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }
        Outcome = outcome is "registered" or "already" ? outcome : null;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }
        if (await closure.RefusalIfOverAsync(EventId, cancellationToken) is { } over)
        {
            ModelState.AddModelError("", over.Message);
            return Page();
        }
        if (!ModelState.IsValid)
        {
            // Tell about the missing consent together with the other fields, not after they are fixed.
            if (!Input.AcceptConsent)
            {
                ModelState.AddModelError($"{nameof(Input)}.{nameof(VisitorInput.AcceptConsent)}", l["Please read the personal data notice and give your consent: without it we cannot register you."]);
            }
            return Page();
        }
        var result = await registrar.RegisterAsync(EventId, Input, HttpContext.Connection.RemoteIpAddress?.ToString(), cancellationToken);
        if (result.Refusal is { Status: StatusCodes.Status404NotFound })
        {
            return NotFound();
        }
        if (result.Refusal is { } refusal)
        {
            refusal.AddTo(ModelState, nameof(Input));
            return Page();
        }
        // Post/redirect/get: reloading the answer does not send the form again.
        var outcome = result.Value!.AlreadyRegistered ? "already" : "registered";
        return Redirect($"/events/{EventId}/visit?outcome={outcome}");
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        var e = await events.FindAsync(EventId, cancellationToken);
        if (e is null)
        {
            return false;
        }
        EventName = e.Name(LanguageOf.Current);
        RequireIdentityNumber = (await registrar.SettingsAsync(EventId, cancellationToken)).RequireIdentityNumber;
        Consent = (await consentTexts.CurrentAsync(EventId, LanguageOf.Current, cancellationToken))!;
        Input.ConsentTextId ??= Consent.Id;
        IsOver = await closure.IsOverAsync(EventId, cancellationToken);
        return true;
    }
}
