using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SupplierMeetups.Web.Identity;
using SupplierMeetups.Web.Platform.Security;

namespace SupplierMeetups.Web.Matchmaking.Catalog;

/// <summary>The approved suppliers of an event for primes (and organizers) to search; a plain GET form, so links can be shared.</summary>
[Authorize(Roles = Roles.Prime + "," + Roles.Organizer)]
public sealed class SupplierCatalogModel(CatalogSearch search, Participants participants) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid EventId { get; set; }

    [BindProperty(SupportsGet = true)]
    public CatalogFilter Filter { get; set; } = new();

    public CatalogPage? Result { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await participants.MayReadAsync(EventId, User, cancellationToken))
        {
            return NotFound();
        }
        Result = await search.SearchAsync(EventId, Filter, cancellationToken);
        return Result is null ? NotFound() : Page();
    }

    public string PageLink(int page) =>
        QueryString.Create(Request.Query.Where(q => q.Key != "Filter.Page").SelectMany(q => q.Value.Select(v => new KeyValuePair<string, string?>(q.Key, v)))
            .Append(new KeyValuePair<string, string?>("Filter.Page", page.ToString(System.Globalization.CultureInfo.InvariantCulture)))).ToString();
}
