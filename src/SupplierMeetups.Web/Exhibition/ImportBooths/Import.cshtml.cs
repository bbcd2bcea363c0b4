using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SupplierMeetups.Web.Events.Contracts;
using SupplierMeetups.Web.Identity;
using SupplierMeetups.Web.Platform.Http.Input;
using SupplierMeetups.Web.Platform.Security;

namespace SupplierMeetups.Web.Exhibition.ImportBooths;

/// <summary>Creates or updates booths from CSV (pasted or uploaded); any error leaves every booth as it was.</summary>
[Authorize(Roles = Roles.Organizer)]
public sealed class ImportModel(IEventQueries events, BoothImport import) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid EventId { get; set; }

    [BindProperty, MultilineText, Display(Name = "CSV text")]
    public string? Csv { get; set; }

    [BindProperty, Display(Name = "CSV file")]
    public IFormFile? Upload { get; set; }

    public int? Imported { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await events.FindAsync(EventId, cancellationToken) is null ? NotFound() : Page();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (await events.FindAsync(EventId, cancellationToken) is null) return NotFound();
        var text = Csv ?? "";
        if (Upload is { Length: > 0 })
        {
            using var reader = new StreamReader(Upload.OpenReadStream());
            text = await reader.ReadToEndAsync(cancellationToken);
        }
        var outcome = await import.ImportAsync(EventId, text, cancellationToken);
        if (outcome.Refusal is { } refusal)
        {
            foreach (var one in refusal.All.Take(20)) ModelState.AddModelError(string.Empty, one.Message);
        }
        else
        {
            Imported = outcome.Value!.Count;
        }
        return Page();
    }
}
