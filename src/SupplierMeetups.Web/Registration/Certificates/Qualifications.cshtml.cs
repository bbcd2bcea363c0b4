using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SupplierMeetups.Web.Platform.Refusals;

namespace SupplierMeetups.Web.Registration.Certificates;

/// <summary>The firm's approvals, registrations and certificates with their PDF proofs. Its own users and organizers only.</summary>
[Authorize]
public sealed class QualificationsModel(QualificationsEditor editor, FirmAccess access, ProofFiles proofs) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid FirmId { get; set; }

    [BindProperty]
    public QualificationsInput Input { get; set; } = new();

    [BindProperty]
    public CertificateInput Certificate { get; set; } = new();

    public Firm? Firm { get; private set; }
    public DateOnly ReferenceDay { get; private set; }
    public bool Saved { get; private set; }

    public async Task<IActionResult> OnGetAsync(bool saved, CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is { } refusal)
        {
            return refusal;
        }
        Input = QualificationsInput.From(Firm!.Qualifications);
        Saved = saved;
        return Page();
    }

    public async Task<IActionResult> OnPostQualificationsAsync(CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is { } refusal)
        {
            return refusal;
        }
        if (!IsValid(nameof(Input)))
        {
            return Page();
        }
        await editor.UpdateAsync(Firm!, Input, cancellationToken);
        return Redirect($"/firms/{FirmId}/qualifications?saved=true");
    }

    public async Task<IActionResult> OnPostCertificateAsync(IFormFile? proof, CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is { } refusal)
        {
            return refusal;
        }
        Input = QualificationsInput.From(Firm!.Qualifications);
        if (proof is not null && await proofs.CheckAsync(proof, cancellationToken) is { } refused)
        {
            refused.AddTo(ModelState);
        }
        if (!IsValid(nameof(Certificate)) || !IsValid("Proof"))
        {
            return Page();
        }
        if ((await editor.AddCertificateAsync(Firm, Certificate, proof, cancellationToken)).Refusal is { } conflict)
        {
            conflict.AddTo(ModelState, nameof(Certificate));
            return Page();
        }
        return Redirect($"/firms/{FirmId}/qualifications?saved=true");
    }

    public async Task<IActionResult> OnPostRemoveAsync(Guid certificateId, CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is { } refusal)
        {
            return refusal;
        }
        await editor.RemoveCertificateAsync(Firm!, certificateId, cancellationToken);
        return Redirect($"/firms/{FirmId}/qualifications?saved=true");
    }

    private bool IsValid(string prefix) =>
        ModelState.FindKeysWithPrefix(prefix).All(entry => entry.Value.ValidationState != Microsoft.AspNetCore.Mvc.ModelBinding.ModelValidationState.Invalid);

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
        ReferenceDay = await editor.ReferenceDayAsync(FirmId, cancellationToken);
        return null;
    }
}
