using Microsoft.EntityFrameworkCore;
using SupplierMeetups.Web.Platform.Messaging;
using SupplierMeetups.Web.Platform.Persistence;

namespace SupplierMeetups.Web.Badges.IssueBadges;

/// <summary>
/// An erased person's badges are withdrawn and keep neither name nor organization. Found by holder or account id
/// alone: ids are unique whatever kind of holder issued them.
/// </summary>
internal sealed class ErasedHolderBadges(AppDbContext db) : IModuleEventHandler<PersonErased>
{
    public async Task HandleAsync(PersonErased erased, CancellationToken cancellationToken)
    {
        foreach (var badge in await db.Set<Badge>().Where(b => b.HolderId == erased.PersonId || b.HolderUserId == erased.PersonId).ToListAsync(cancellationToken))
        {
            badge.PersonName = erased.NameShown;
            badge.Organization = "";
            badge.RevokedAt ??= erased.ErasedAt;
        }
    }
}
