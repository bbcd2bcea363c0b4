using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using SupplierMeetups.Web.Identity.Contracts;
using SupplierMeetups.Web.Platform.Persistence;

namespace SupplierMeetups.Web.Identity;

internal sealed class AccountQueries(AppDbContext db, UserManager<AppUser> users) : IAccountQueries
{
    public async Task<AccountInfo?> FindAsync(Guid id, CancellationToken cancellationToken) =>
        await db.Set<AppUser>().AsNoTracking().SingleOrDefaultAsync(u => u.Id == id, cancellationToken) is { } user ? InfoOf(user) : null;

    // Through the user manager, so that the address is normalized as when it was stored.
    public async Task<AccountInfo?> FindByEmailAsync(string email, CancellationToken cancellationToken) =>
        await users.FindByEmailAsync(email) is { } user ? InfoOf(user) : null;

    public async Task<IReadOnlyDictionary<Guid, AccountInfo>> FindManyAsync(IEnumerable<Guid> ids, CancellationToken cancellationToken)
    {
        var wanted = ids.Distinct().ToList();
        return wanted.Count == 0
            ? new Dictionary<Guid, AccountInfo>()
            : (await db.Set<AppUser>().AsNoTracking().Where(u => wanted.Contains(u.Id)).ToListAsync(cancellationToken)).ToDictionary(u => u.Id, InfoOf);
    }

    internal static AccountInfo InfoOf(AppUser user) =>
        new(user.Id, user.Email ?? "", user.NormalizedEmail, user.FullName, user.PreferredLanguage, user.PhoneNumber, user.EmailConfirmed);
}
