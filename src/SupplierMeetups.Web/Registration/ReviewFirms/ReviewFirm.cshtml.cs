using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SupplierMeetups.Web.Events.Contracts;
using SupplierMeetups.Web.Platform.Http.Input;
using SupplierMeetups.Web.Platform.Localization;
using SupplierMeetups.Web.Platform.Persistence;
using SupplierMeetups.Web.Platform.Security;

namespace SupplierMeetups.Web.Registration.ReviewFirms;

/// <summary>
/// Everything an organizer needs to decide on one firm (profile, capabilities, qualifications with validity and
/// proofs, people, booth request, look-alike firms) with Approve, and Reject behind a step that asks for the reason.
/// </summary>
[Authorize(Roles = Roles.Organizer)]
public sealed class ReviewFirmModel(AppDbContext db, IEventDays events, FirmReview review, TimeProvider clock, IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid EventId { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid FirmId { get; set; }

    /// <summary>The reject step: the page asks for the reason and a second click.</summary>
    [BindProperty(SupportsGet = true)]
    public bool Reject { get; set; }

    public string EventName { get; private set; } = "";
    public Firm Firm { get; private set; } = null!;
    public Participation Participation { get; private set; } = null!;
    public IReadOnlyList<(string Code, string Name)> Capabilities { get; private set; } = [];
    public IReadOnlyList<FirmPerson> People { get; private set; } = [];
    public IReadOnlyList<Firm> LookAlikes { get; private set; } = [];
    public DateOnly Today { get; private set; }

    public string Queue => $"/organizer/events/{EventId}/firms/pending";

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await LoadAsync(cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostApproveAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }
        if (await review.ApproveAsync(EventId, FirmId, cancellationToken) is not null)
        {
            return NotFound();
        }
        TempData["Status"] = l["{0} is approved; the contact is told by e-mail and the representatives get their badges.", Firm.ShortName].Value;
        return Redirect(Queue);
    }

    public async Task<IActionResult> OnPostRejectAsync([MultilineText] string? reason, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }
        var refusal = await review.RejectAsync(EventId, FirmId, reason, cancellationToken);
        if (refusal is { Status: not StatusCodes.Status404NotFound })
        {
            Reject = true;
            ModelState.AddModelError("", refusal.Message);
            return Page();
        }
        if (refusal is not null)
        {
            return NotFound();
        }
        TempData["Status"] = l["{0} is rejected; the contact is told the reason by e-mail.", Firm.ShortName].Value;
        return Redirect(Queue);
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        var e = await events.FindAsync(EventId, cancellationToken);
        var participation = await db.Set<Participation>().AsNoTracking().SingleOrDefaultAsync(p => p.EventId == EventId && p.FirmId == FirmId, cancellationToken);
        var firm = await db.Set<Firm>().AsNoTracking().SingleOrDefaultAsync(f => f.Id == FirmId, cancellationToken);
        if (e is null || participation is null || firm is null)
        {
            return false;
        }
        (EventName, Participation, Firm) = (e.Name(LanguageOf.Current), participation, firm);
        Today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var names = await db.Set<Capability>().AsNoTracking().Where(c => firm.Capabilities.Contains(c.Code)).ToDictionaryAsync(c => c.Code, cancellationToken);
        Capabilities = firm.Capabilities
            .Select(code => (code, names.TryGetValue(code, out var c) ? (LanguageOf.Current == "en" ? c.NameEn : c.NameTr) : code)).ToList();
        People = await db.Set<FirmPerson>().AsNoTracking().Where(p => p.ParticipationId == participation.Id).OrderBy(p => p.FullName).ToListAsync(cancellationToken);
        var others = await db.Set<Firm>().AsNoTracking().Where(f => f.Id != firm.Id).ToListAsync(cancellationToken);
        LookAlikes = others.Where(other => DuplicateFirms.AreLikely(firm, other)).ToList();
        return true;
    }
}
