using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using SupplierMeetups.Web.Events.Contracts;
using SupplierMeetups.Web.Platform.Audit;
using SupplierMeetups.Web.Platform.Localization;
using SupplierMeetups.Web.Platform.Persistence;
using SupplierMeetups.Web.Platform.Security;

namespace SupplierMeetups.Web.Reporting.FirmDirectory;

/// <summary>The organizers' list of an event's firms: search, filters, paging, CSV export.</summary>
[Authorize(Roles = Roles.Organizer)]
public sealed class FirmsModel(AppDbContext db, IEventQueries events, ICapabilityTaxonomy taxonomy, IDirectoryFirms firms, FirmDirectoryQuery directory, AuditLog audit, IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid EventId { get; set; }

    [BindProperty(SupportsGet = true)]
    public DirectoryFilter Filter { get; set; } = new();

    public EventInfo? Event { get; private set; }
    public DirectoryResult? Result { get; private set; }
    public IReadOnlyList<CapabilityTerm> Capabilities { get; private set; } = [];
    public IReadOnlyList<string> Cities { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }
        Result = await directory.PageAsync(Event!, Filter, approvedSuppliersOnly: false, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnGetCsvAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }
        var rows = await directory.AllAsync(Event!, Filter, approvedSuppliersOnly: false, cancellationToken);
        await audit.RecordAsync(AuditActions.DirectoryExported, "event", EventId, EventId, $"{rows.Count} firms; filter {Request.QueryString}", cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return File(FirmCsv.Write(rows, Event!.EndDate, CapabilityName, l), "text/csv; charset=utf-8", $"firms-{Event.StartDate:yyyy-MM-dd}.csv");
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        Event = await events.FindAsync(EventId, cancellationToken);
        if (Event is null)
        {
            return false;
        }
        foreach (var error in Filter.Check(l))
        {
            ModelState.AddModelError($"{nameof(Filter)}.{error.Field}", error.Message);
        }
        if (Filter.Page < 1)
        {
            Filter.Page = 1;
        }
        Capabilities = await taxonomy.AllAsync(cancellationToken);
        Cities = (await firms.OfEventAsync(EventId, cancellationToken)).Select(f => f.City).Distinct(StringComparer.Ordinal).Order(TurkishText.Order).ToList();
        return true;
    }

    public string CapabilityName(string code) =>
        Capabilities.FirstOrDefault(c => c.Code == code) is { } c ? (LanguageOf.Current == "en" ? c.NameEn : c.NameTr) : code;
}
