using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SupplierMeetups.Web.Platform.Http.Input;
using SupplierMeetups.Web.Platform.Localization;
using SupplierMeetups.Web.Platform.Refusals;
using SupplierMeetups.Web.Platform.Security;

namespace SupplierMeetups.Web.Registration.Taxonomy;

/// <summary>One capability: rename it or move it in the tree, or remove it (asked first) when nothing uses it.</summary>
[Authorize(Roles = Roles.Organizer), ShowsFieldErrors]
public sealed class EditCapabilityModel(TaxonomyEditor editor) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string Code { get; set; } = "";

    [BindProperty]
    public CapabilityNamesInput Input { get; set; } = new();

    public Capability? Term => Row?.Term;

    /// <summary>The terms it may sit under: every other term but its own narrower ones (those would make a loop).</summary>
    public IReadOnlyList<TaxonomyRow> Parents { get; private set; } = [];

    public TaxonomyRow? Row { get; private set; }

    public bool AskingToRemove => Request.Query["remove"] == "1";

    public string? RemoveRefusal { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }
        FillFormFromTerm();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var outcome = await editor.UpdateAsync(Code, Input, cancellationToken);
        if (outcome.Refusal is { } refusal)
        {
            refusal.AddTo(ModelState, nameof(Input));
            return Page();
        }
        return Redirect($"/organizer/capabilities?saved={Uri.EscapeDataString(Code)}");
    }

    public async Task<IActionResult> OnPostRemoveAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }
        var outcome = await editor.RemoveAsync(Code, cancellationToken);
        if (outcome.Refusal is { } refusal)
        {
            RemoveRefusal = refusal.Message;
            FillFormFromTerm();
            return Page();
        }
        return Redirect($"/organizer/capabilities?removed={Uri.EscapeDataString(Code)}");
    }

    private void FillFormFromTerm() => Input = new CapabilityNamesInput { ParentCode = Term!.ParentCode, NameTr = Term.NameTr, NameEn = Term.NameEn };

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        var rows = await editor.ListAsync(LanguageOf.Current, cancellationToken);
        Row = rows.SingleOrDefault(r => r.Term.Code == Code);
        if (Row is null)
        {
            return false;
        }
        var below = new HashSet<string> { Code };
        foreach (var row in rows)
        {
            if (row.Term.ParentCode is { } parent && below.Contains(parent))
            {
                below.Add(row.Term.Code);
            }
        }
        Parents = rows.Where(r => !below.Contains(r.Term.Code)).ToList();
        return true;
    }
}
