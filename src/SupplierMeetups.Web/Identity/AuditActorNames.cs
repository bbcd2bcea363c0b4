using SupplierMeetups.Web.Platform.Audit;
using SupplierMeetups.Web.Platform.Persistence;

namespace SupplierMeetups.Web.Identity;

internal sealed class AuditActorNames(AppDbContext db) : IAuditActorNames
{
    public async Task<(string Name, string? Email)?> FindAsync(Guid userId, CancellationToken cancellationToken) =>
        await db.Set<AppUser>().FindAsync([userId], cancellationToken) is { } account ? (account.FullName, account.Email) : null;
}
