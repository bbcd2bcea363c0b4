using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SupplierMeetups.Web.Events.Contracts;
using SupplierMeetups.Web.Identity.Contracts;
using SupplierMeetups.Web.Platform.Localization;
using SupplierMeetups.Web.Platform.Persistence;
using SupplierMeetups.Web.Platform.Security;
using SupplierMeetups.Web.Registration.RegisterVisitor;

namespace SupplierMeetups.Web.Registration.PersonalData;

/// <summary>
/// A signed-in visitor's registrations, found by the account's confirmed e-mail address; each opens the same page as
/// the e-mail link, with the data export and erasure.
/// </summary>
[Authorize(Roles = Roles.Visitor)]
public sealed class MyVisitsModel(AppDbContext db, IAccountQueries accounts, IEventQueries events, VisitorLinks links) : PageModel
{
    public sealed record Registration(string EventName, DateOnly StartDate, string Link);

    public IReadOnlyList<Registration> Registrations { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var user = Guid.TryParse(User.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? await accounts.FindAsync(id, cancellationToken) : null;
        if (user is not { EmailConfirmed: true, Email: { Length: > 0 } email })
        {
            return;
        }
        var normalized = Visitor.Normalize(email);
        var visits = await db.Set<Visitor>().AsNoTracking().Where(v => v.NormalizedEmail == normalized)
            .Select(v => new { v.Id, v.EventId }).ToListAsync(cancellationToken);
        var byId = await events.FindManyAsync(visits.Select(v => v.EventId), cancellationToken);
        Registrations = visits.Where(v => byId.ContainsKey(v.EventId)).Select(v => new { v.Id, Event = byId[v.EventId] })
            .OrderByDescending(r => r.Event.StartDate)
            .Select(r => new Registration(r.Event.Name(LanguageOf.Current), r.Event.StartDate, links.PagePath(r.Id)))
            .ToList();
    }
}
