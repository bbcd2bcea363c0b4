using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SupplierMeetups.Web.Platform.Storage;

namespace SupplierMeetups.Web.Registration.Certificates;

/// <summary>Downloads a certificate's PDF proof: for the firm's users and organizers, and for primes when the firm shared it.</summary>
[Authorize]
public sealed class ProofModel(ProofDownloads downloads) : PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid firmId, Guid certificateId, CancellationToken cancellationToken)
    {
        var download = await downloads.FindAsync(User, firmId, certificateId, cancellationToken);
        return download.Access switch
        {
            ProofAccess.Allowed => UploadFolder.Serve(Response, download.Path!, "application/pdf", download.FileName ?? "proof.pdf", inline: false),
            ProofAccess.Forbidden => Forbid(),
            _ => NotFound(),
        };
    }
}
