using Microsoft.EntityFrameworkCore;
using SupplierMeetups.Web.Badges.Contracts;
using SupplierMeetups.Web.Platform.Persistence;

namespace SupplierMeetups.Web.Badges.IssueBadges;

internal sealed class PersonBadges(AppDbContext db, BadgeLinks links, BadgeRendering rendering) : IPersonBadges
{
    public async Task<IReadOnlyDictionary<Guid, PersonBadge>> OfRepresentativesAsync(Guid eventId, IReadOnlyCollection<Guid> personIds, CancellationToken cancellationToken) =>
        (await Valid(eventId, BadgeHolderKinds.FirmPerson).Where(b => personIds.Contains(b.HolderId)).ToListAsync(cancellationToken))
            .ToDictionary(b => b.HolderId, ToIssued);

    public async Task<PersonBadge?> OfVisitorAsync(Guid eventId, Guid visitorId, CancellationToken cancellationToken) =>
        await Valid(eventId, BadgeHolderKinds.Visitor).SingleOrDefaultAsync(b => b.HolderId == visitorId, cancellationToken) is { } badge ? ToIssued(badge) : null;

    public Task<byte[]?> PdfAsync(Guid badgeId, string language, CancellationToken cancellationToken) =>
        rendering.SingleAsync(badgeId, language, cancellationToken);

    private IQueryable<Badge> Valid(Guid eventId, string holderKind) =>
        db.Set<Badge>().AsNoTracking().Where(b => b.EventId == eventId && b.HolderKind == holderKind && b.RevokedAt == null);

    private PersonBadge ToIssued(Badge badge) => new(badge.Id, badge.HolderId, BadgeIssuer.BadgeFileName(badge), links.DownloadUrl(badge.Id), links.DownloadPath(badge.Id));
}
