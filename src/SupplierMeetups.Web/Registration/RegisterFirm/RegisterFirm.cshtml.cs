using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using SupplierMeetups.Web.Events.Contracts;
using SupplierMeetups.Web.Identity;
using SupplierMeetups.Web.Platform.Http.Input;
using SupplierMeetups.Web.Platform.Localization;
using SupplierMeetups.Web.Platform.Persistence;
using SupplierMeetups.Web.Platform.RateLimiting;
using SupplierMeetups.Web.Platform.Refusals;
using SupplierMeetups.Web.Platform.Security;
using SupplierMeetups.Web.Registration.Consent;

namespace SupplierMeetups.Web.Registration.RegisterFirm;

/// <summary>A firm signs up for an event. Anyone may; a firm's contact who is signed in finds the profile filled in.</summary>
[EnableRateLimiting(RateLimitPolicies.Registration)]
[AllowAnonymous, ShowsFieldErrors]
public sealed class RegisterFirmModel(AppDbContext db, IEventQueries events, IEventClosure closure, FirmRegistrar registrar, FirmAccess access, ConsentTexts consentTexts, ConsentAcceptance consentAcceptance) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid EventId { get; set; }

    [BindProperty]
    public RegisterFirmInput Input { get; set; } = new();

    public EventInfo? Event { get; private set; }
    public IReadOnlyList<CapabilityNode> Capabilities { get; private set; } = [];
    public ConsentText? Consent { get; private set; }
    public bool Registered { get; private set; }
    public bool Prefilled { get; private set; }
    public bool IsOver { get; private set; }

    public async Task<IActionResult> OnGetAsync(bool registered, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }
        Registered = registered;
        if (!User.IsInRole(Roles.Organizer) && await access.FirmOfAsync(User, cancellationToken) is { } firmId && await db.Set<Firm>().FindAsync([firmId], cancellationToken) is { } firm)
        {
            Input = RegisterFirmInput.Prefilled(firm);
            Prefilled = true;
        }
        Input.SubmissionToken = Guid.NewGuid();
        Input.ConsentTextId = Consent!.Id;
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
                ModelState.AddModelError($"{nameof(Input)}.{nameof(Input.AcceptConsent)}", consentAcceptance.NotGivenMessage);
            }
            return Page();
        }
        var outcome = await registrar.RegisterAsync(EventId, Input, User, HttpContext.Connection.RemoteIpAddress?.ToString(), cancellationToken);
        if (outcome.Refusal is { Status: StatusCodes.Status404NotFound })
        {
            return NotFound();
        }
        outcome.Refusal?.AddTo(ModelState, nameof(Input));
        return outcome.Refusal is not null ? Page() : Redirect($"/events/{EventId}/register-firm?registered=true");
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        Event = await events.FindAsync(EventId, cancellationToken);
        Capabilities = await CapabilityTree.LoadAsync(db, LanguageOf.Current, cancellationToken);
        if (Event is null)
        {
            return false;
        }
        Consent = (await consentTexts.CurrentAsync(EventId, LanguageOf.Current, cancellationToken))!;
        IsOver = await closure.IsOverAsync(EventId, cancellationToken);
        return true;
    }
}
