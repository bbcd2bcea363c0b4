using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SupplierMeetups.Web.Events;
using SupplierMeetups.Web.Identity;
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
public sealed class MyVisitsModel(AppDbContext db, UserManager<AppUser> users, VisitorLinks links) : PageModel
{
    public sealed record Registration(string EventName, DateOnly StartDate, string Link);

    public IReadOnlyList<Registration> Registrations { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var user = SignedInUser.IdOf(User) is { } id ? await users.FindByIdAsync(id.ToString()) : null;
        if (user is not { EmailConfirmed: true, Email: { } email })
        {
            return;
        }
        var normalized = Visitor.Normalize(email);
        var rows = await (
            from v in db.Set<Visitor>().AsNoTracking()
            where v.NormalizedEmail == normalized
            join e in db.Set<Event>().AsNoTracking() on v.EventId equals e.Id
            select new { v.Id, e.NameTr, e.NameEn, e.StartDate }).ToListAsync(cancellationToken);
        Registrations = rows.OrderByDescending(r => r.StartDate)
            .Select(r => new Registration(LanguageOf.Current == "en" && r.NameEn.Length > 0 ? r.NameEn : r.NameTr, r.StartDate, links.PagePath(r.Id)))
            .ToList();
    }
}
