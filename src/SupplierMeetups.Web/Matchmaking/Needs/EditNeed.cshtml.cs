using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SupplierMeetups.Web.Events.Contracts;
using SupplierMeetups.Web.Identity;
using SupplierMeetups.Web.Platform.Localization;
using SupplierMeetups.Web.Platform.Persistence;
using SupplierMeetups.Web.Platform.Refusals;
using SupplierMeetups.Web.Platform.Security;
using SupplierMeetups.Web.Registration;

namespace SupplierMeetups.Web.Matchmaking.Needs;

/// <summary>A prime changes or withdraws one of its own needs; another prime's need answers 403.</summary>
[Authorize(Roles = Roles.Prime)]
public sealed class EditNeedModel(IEventClosure closure, ICapabilityTaxonomy taxonomy, Participants participants, NeedEditor editor, IStringLocalizer<SharedResource> l) : PageModel, INeedForm
{
    [BindProperty(SupportsGet = true)]
    public Guid EventId { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid NeedId { get; set; }

    [BindProperty]
    public NeedInput Input { get; set; } = new();

    public IReadOnlyList<CapabilityNode> Capabilities { get; private set; } = [];
    public IReadOnlyList<string> Qualifications { get; private set; } = [];
    public NeedLabels? Labels { get; private set; }
    public bool IsOver { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var (need, refusal) = await editor.OwnAsync(EventId, await MeAsync(cancellationToken), NeedId, cancellationToken);
        if (refusal is not null)
        {
            return Refused(refusal);
        }
        Input = new NeedInput
        {
            TitleTr = need!.TitleTr, TitleEn = need.TitleEn, DescriptionTr = need.DescriptionTr, DescriptionEn = need.DescriptionEn,
            Capabilities = need.Capabilities, Qualifications = need.Qualifications,
        };
        await LoadAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var me = await MeAsync(cancellationToken);
        if (!ModelState.IsValid)
        {
            var (_, refusal) = await editor.OwnAsync(EventId, me, NeedId, cancellationToken);
            if (refusal is not null)
            {
                return Refused(refusal);
            }
            await LoadAsync(cancellationToken);
            return Page();
        }
        var outcome = await editor.UpdateAsync(EventId, me, NeedId, Input, cancellationToken);
        if (outcome.Refusal is { Status: StatusCodes.Status400BadRequest or StatusCodes.Status409Conflict } invalid)
        {
            ModelState.AddModelError(string.Empty, invalid.Message);
            await LoadAsync(cancellationToken);
            return Page();
        }
        return outcome.Refusal is { } refused ? Refused(refused) : Redirect($"/events/{EventId}/needs/{NeedId}");
    }

    public async Task<IActionResult> OnPostDeleteAsync(CancellationToken cancellationToken)
    {
        var outcome = await editor.DeleteAsync(EventId, await MeAsync(cancellationToken), NeedId, cancellationToken);
        if (outcome.Refusal is { Status: StatusCodes.Status409Conflict } over)
        {
            ModelState.AddModelError(string.Empty, over.Message);
            await LoadAsync(cancellationToken);
            return Page();
        }
        return outcome.Refusal is { } refusal ? Refused(refusal) : Redirect($"/events/{EventId}/needs");
    }

    private Task<FirmCard?> MeAsync(CancellationToken cancellationToken) => participants.SignedInAsync(EventId, User, cancellationToken);

    private IActionResult Refused(Refusal refusal) => refusal.Status == StatusCodes.Status404NotFound ? NotFound() : Forbid();

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var language = LanguageOf.Current;
        Capabilities = await taxonomy.TreeAsync(language, cancellationToken);
        Labels = new NeedLabels(await taxonomy.AllAsync(cancellationToken), l, language);
        IsOver = await closure.IsOverAsync(EventId, cancellationToken);
        Qualifications = NeedLabels.Offered.Concat(Input.Qualifications.Where(RequiredQualification.IsKnown)).Distinct(StringComparer.Ordinal).ToList();
    }
}
