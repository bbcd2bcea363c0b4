using Microsoft.EntityFrameworkCore;
using SupplierMeetups.Web.Badges.Contracts;
using SupplierMeetups.Web.Platform.Persistence;

namespace SupplierMeetups.Web.Badges.IssueBadges;

internal sealed class IssuedBadges(AppDbContext db, BadgeLinks links, BadgeRendering rendering) : IIssuedBadges
{
    public async Task<IReadOnlyDictionary<Guid, IssuedBadge>> OfRepresentativesAsync(Guid eventId, IReadOnlyCollection<Guid> personIds, CancellationToken cancellationToken) =>
        (await Valid(eventId, BadgeHolderKinds.FirmPerson).Where(b => personIds.Contains(b.HolderId)).ToListAsync(cancellationToken))
            .ToDictionary(b => b.HolderId, ToIssued);

    public async Task<IssuedBadge?> OfVisitorAsync(Guid eventId, Guid visitorId, CancellationToken cancellationToken) =>
        await Valid(eventId, BadgeHolderKinds.Visitor).SingleOrDefaultAsync(b => b.HolderId == visitorId, cancellationToken) is { } badge ? ToIssued(badge) : null;

    public Task<byte[]?> PdfAsync(Guid badgeId, string language, CancellationToken cancellationToken) =>
        rendering.SingleAsync(badgeId, language, cancellationToken);

    private IQueryable<Badge> Valid(Guid eventId, string holderKind) =>
        db.Set<Badge>().AsNoTracking().Where(b => b.EventId == eventId && b.HolderKind == holderKind && b.RevokedAt == null);

    private IssuedBadge ToIssued(Badge badge) => new(badge.Id, badge.HolderId, BadgeIssuer.BadgeFileName(badge), links.DownloadUrl(badge.Id));
}
