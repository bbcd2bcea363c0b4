using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace SupplierMeetups.Web.Registration.Certificates;

/// <summary>Downloads a certificate's PDF proof: for the firm's users and organizers, and for primes when the firm shared it.</summary>
[Authorize]
public sealed class ProofModel(QualificationsEditor editor, FirmAccess access, ProofFiles proofs) : PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid firmId, Guid certificateId, CancellationToken cancellationToken)
    {
        var certificate = (await editor.FindAsync(firmId, cancellationToken))?.Qualifications.Certificates.SingleOrDefault(c => c.Id == certificateId);
        if (certificate?.ProofFileName is not { } name || !System.IO.File.Exists(proofs.PathOf(name)))
        {
            return NotFound();
        }
        var view = await access.ViewAsync(User, firmId, cancellationToken);
        if (view == FirmView.None || view == FirmView.Public && !certificate.ProofSharedWithPrimes)
        {
            return Forbid();
        }
        return PhysicalFile(proofs.PathOf(name), "application/pdf", $"{certificate.Kind.Replace('/', '-')}.pdf");
    }
}
