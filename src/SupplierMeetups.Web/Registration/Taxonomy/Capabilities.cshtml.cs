using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SupplierMeetups.Web.Platform.Http.Input;
using SupplierMeetups.Web.Platform.Localization;
using SupplierMeetups.Web.Platform.Refusals;
using SupplierMeetups.Web.Platform.Security;

namespace SupplierMeetups.Web.Registration.Taxonomy;

/// <summary>The organizers' capability taxonomy: every term with how many firms name it, and a form to add one.</summary>
[Authorize(Roles = Roles.Organizer), ShowsFieldErrors]
public sealed class CapabilitiesModel(TaxonomyEditor editor) : PageModel
{
    [BindProperty]
    public CapabilityInput Input { get; set; } = new();

    public IReadOnlyList<TaxonomyRow> Rows { get; private set; } = [];

    /// <summary>The term the last action added, saved or removed, for the status line.</summary>
    public string? Added => Request.Query["added"];

    public string? Saved => Request.Query["saved"];

    public string? Removed => Request.Query["removed"];

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            await LoadAsync(cancellationToken);
            return Page();
        }
        var outcome = await editor.AddAsync(Input, cancellationToken);
        if (outcome.Refusal is { } refusal)
        {
            refusal.AddTo(ModelState, nameof(Input));
            await LoadAsync(cancellationToken);
            return Page();
        }
        return Redirect($"/organizer/capabilities?added={Uri.EscapeDataString(outcome.Value!.Term.Code)}");
    }

    private async Task LoadAsync(CancellationToken cancellationToken) => Rows = await editor.ListAsync(LanguageOf.Current, cancellationToken);
}
