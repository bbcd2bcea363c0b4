using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SupplierMeetups.Web.Platform.Localization;

namespace SupplierMeetups.Web.CheckIn.Kiosk;

/// <summary>
/// A print of a badge: the PDF shown in the page and sent to the printer by the browser's print path (with Chromium's
/// <c>--kiosk-printing</c> it prints at once on the default printer, without a dialog). Showing it changes nothing:
/// the print was counted and logged when the form was sent.
/// </summary>
[Authorize(Roles = KioskRoles.Kiosks)]
public sealed class PrintModel(KioskDesk desk) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid EventId { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid PrintId { get; set; }

    public KioskPrint? Print { get; private set; }

    public int PrintsLeft { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Print = await desk.FindPrintAsync(EventId, PrintId, cancellationToken);
        if (Print is null)
        {
            return NotFound();
        }
        PrintsLeft = await desk.PrintsLeftAsync(Print, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnGetPdfAsync(CancellationToken cancellationToken)
    {
        if (await desk.PdfAsync(EventId, PrintId, LanguageOf.Current, cancellationToken) is not { } pdf)
        {
            return NotFound();
        }
        // Framed by the print page of this site, and by nothing else.
        Response.Headers.ContentSecurityPolicy = "default-src 'self'; object-src 'self'; frame-ancestors 'self'";
        Response.Headers.XFrameOptions = "SAMEORIGIN";
        return File(pdf, "application/pdf");
    }
}
