using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SupplierMeetups.Web.Platform.Storage;

namespace SupplierMeetups.Web.Registration.FirmLogo;

/// <summary>
/// The firm's logo: its own users and organizers upload it here; the image itself is public profile data, shown to whoever may
/// see the firm (primes too, for approved suppliers).
/// </summary>
[Authorize]
public sealed class LogoModel(FirmLogos logos, FirmAccess access) : PageModel
{
    public const string FileField = "logo";

    [BindProperty(SupportsGet = true)]
    public Guid FirmId { get; set; }

    public Firm? Firm { get; private set; }
    public bool Saved { get; private set; }

    public async Task<IActionResult> OnGetAsync(bool saved, CancellationToken cancellationToken)
    {
        Saved = saved;
        return await LoadForEditingAsync(cancellationToken) ?? Page();
    }

    public async Task<IActionResult> OnGetImageAsync(CancellationToken cancellationToken)
    {
        Firm = await logos.FirmAsync(FirmId, cancellationToken);
        if (Firm is null)
        {
            return NotFound();
        }
        if (await access.ViewAsync(User, FirmId, cancellationToken) == FirmView.None)
        {
            return Forbid();
        }
        return logos.Find(Firm) is { } logo ? UploadFolder.Serve(Response, logo.Path, logo.ContentType, "logo" + Path.GetExtension(logo.Path), inline: true) : NotFound();
    }

    public async Task<IActionResult> OnPostUploadAsync([FromForm(Name = FileField)] IFormFile? logo, CancellationToken cancellationToken)
    {
        if (await LoadForEditingAsync(cancellationToken) is { } refusal)
        {
            return refusal;
        }
        if (await logos.ReplaceAsync(Firm!, logo, cancellationToken) is { } refused)
        {
            ModelState.AddModelError(FileField, refused.Message);
            return Page();
        }
        return Redirect($"/firms/{FirmId}/logo?saved=true");
    }

    private async Task<IActionResult?> LoadForEditingAsync(CancellationToken cancellationToken)
    {
        Firm = await logos.FirmAsync(FirmId, cancellationToken);
        if (Firm is null)
        {
            return NotFound();
        }
        return await access.CanEditAsync(User, FirmId, cancellationToken) ? null : Forbid();
    }
}
