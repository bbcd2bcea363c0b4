using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SupplierMeetups.Web.Platform.Localization;
using SupplierMeetups.Web.Platform.Security;

namespace SupplierMeetups.Web.Platform.Audit;

/// <summary>Who approved, rejected, merged, assigned, published, cancelled, erased, exported or downloaded what; filters in the address, CSV of the same.</summary>
[Authorize(Roles = Roles.Organizer)]
public sealed class AuditLogPageModel(AuditQuery query, IAuditEventNames eventNames) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public AuditFilter Filter { get; set; } = new();

    public IReadOnlyList<AuditEntry> Entries { get; private set; } = [];
    public IReadOnlyList<(Guid Id, string Name)> Events { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Entries = await query.FindAsync(Filter, AuditQuery.PageLimit, cancellationToken);
        Events = await eventNames.ListAsync(LanguageOf.Current, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnGetCsvAsync(CancellationToken cancellationToken) =>
        File(AuditQuery.Csv(await query.FindAsync(Filter, null, cancellationToken)), "text/csv; charset=utf-8", "audit.csv");

    public string EventName(Guid? id) => id is { } value ? Events.FirstOrDefault(e => e.Id == value).Name ?? "" : "";

    public string CsvLink => "/organizer/audit" + QueryString.Create(
        Request.Query.Where(q => q.Key != "handler").SelectMany(q => q.Value.Select(v => new KeyValuePair<string, string?>(q.Key, v)))
            .Append(new KeyValuePair<string, string?>("handler", "Csv")));
}
