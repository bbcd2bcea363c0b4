using Microsoft.EntityFrameworkCore;
using SupplierMeetups.Web.Badges.Contracts;
using SupplierMeetups.Web.Platform.Persistence;

namespace SupplierMeetups.Web.Badges.PrintBadges;

internal sealed class KioskBadgeSource(AppDbContext db, BadgeRendering rendering) : IKioskBadges
{
    public async Task<HolderBadge?> OfHolderAsync(Guid eventId, Guid holderId, CancellationToken cancellationToken) =>
        await db.Set<Badge>().AsNoTracking()
            .Where(b => b.EventId == eventId && b.HolderId == holderId && b.RevokedAt == null)
            .OrderByDescending(b => b.IssuedAt)
            .Select(b => new HolderBadge(b.Id, b.EventId, b.HolderKind, b.HolderId, b.PersonName, b.Organization))
            .FirstOrDefaultAsync(cancellationToken);

    public async Task<HolderBadge?> FindValidAsync(Guid badgeId, CancellationToken cancellationToken) =>
        await db.Set<Badge>().AsNoTracking()
            .Where(b => b.Id == badgeId && b.RevokedAt == null)
            .Select(b => new HolderBadge(b.Id, b.EventId, b.HolderKind, b.HolderId, b.PersonName, b.Organization))
            .SingleOrDefaultAsync(cancellationToken);

    public Task<byte[]?> PdfAsync(Guid badgeId, string language, BadgePaper paper, CancellationToken cancellationToken) =>
        rendering.SingleAsync(badgeId, language, cancellationToken, paper);
}
