using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SupplierMeetups.Web.Platform.Http.Input;
using SupplierMeetups.Web.Platform.Localization;
using SupplierMeetups.Web.Platform.Persistence;
using SupplierMeetups.Web.Platform.Refusals;

namespace SupplierMeetups.Web.Registration.EditFirm;

/// <summary>The firm's profile, edited by its own users or by organizers.</summary>
[Authorize, ShowsFieldErrors]
public sealed class EditModel(FirmEditor editor, FirmAccess access, AppDbContext db) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid FirmId { get; set; }

    [BindProperty]
    public FirmProfileInput Input { get; set; } = new();

    public Firm? Firm { get; private set; }
    public IReadOnlyList<CapabilityNode> Capabilities { get; private set; } = [];
    public bool Saved { get; private set; }

    public async Task<IActionResult> OnGetAsync(bool saved, CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is { } refusal)
        {
            return refusal;
        }
        Input = FirmProfileInput.From(Firm!);
        Saved = saved;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is { } refusal)
        {
            return refusal;
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        if ((await editor.UpdateAsync(Firm!, Input, null, cancellationToken)).Refusal is { } faults)
        {
            faults.AddTo(ModelState, nameof(Input));
            return Page();
        }
        return Redirect($"/firms/{FirmId}/edit?saved=true");
    }

    private async Task<IActionResult?> LoadAsync(CancellationToken cancellationToken)
    {
        Firm = await editor.FindAsync(FirmId, cancellationToken);
        if (Firm is null)
        {
            return NotFound();
        }
        if (!await access.CanEditAsync(User, FirmId, cancellationToken))
        {
            return Forbid();
        }
        Capabilities = await CapabilityTree.LoadAsync(db, LanguageOf.Current, cancellationToken);
        return null;
    }
}
