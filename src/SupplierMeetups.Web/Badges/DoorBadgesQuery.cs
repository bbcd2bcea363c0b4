using Microsoft.EntityFrameworkCore;
using SupplierMeetups.Web.Badges.Contracts;
using SupplierMeetups.Web.Platform.Localization;
using SupplierMeetups.Web.Platform.Persistence;

namespace SupplierMeetups.Web.Badges;

internal sealed class DoorBadgesQuery(AppDbContext db, BadgeTokens tokens, Registration.Contracts.IVisitorContacts people) : IDoorBadges
{
    public Guid? VerifyToken(string? token) => tokens.TryVerify(token?.Trim(), out var id) ? id : null;

    public string TokenFor(Guid badgeId) => tokens.Issue(badgeId);

    public async Task<DoorBadge?> FindAsync(Guid badgeId, CancellationToken cancellationToken)
    {
        var badge = await db.Set<Badge>().AsNoTracking().SingleOrDefaultAsync(b => b.Id == badgeId, cancellationToken);
        return badge is null ? null : ToDoorBadge(badge);
    }

    public async Task<IReadOnlyList<DoorBadge>> SearchAsync(Guid eventId, string text, int limit, CancellationToken cancellationToken)
    {
        var folded = TurkishText.Fold(text);
        if (folded.Length == 0)
        {
            return [];
        }
        // Folding is culture-aware C#, not SQL: an event's badges (a few thousand names) are filtered here.
        var badges = await ListAsync(eventId, cancellationToken);
        // The e-mail address is Registration's: it answers whose address matches, by person id (the badge's holder id).
        var byEmail = (await people.WithEmailContainingAsync(eventId, text, 200, cancellationToken)).ToHashSet();
        return badges
            .Where(b => TurkishText.Fold(b.PersonName).Contains(folded, StringComparison.Ordinal)
                        || TurkishText.Fold(b.Organization).Contains(folded, StringComparison.Ordinal)
                        || byEmail.Contains(b.HolderId))
            .OrderBy(b => b.PersonName, TurkishText.Order)
            .Take(limit)
            .ToList();
    }

    public async Task<IReadOnlyDictionary<string, int>> CountValidByTypeAsync(Guid eventId, CancellationToken cancellationToken)
    {
        var counts = await db.Set<Badge>().AsNoTracking().Where(b => b.EventId == eventId && b.RevokedAt == null)
            .GroupBy(b => b.Type).Select(g => new { Type = g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        return counts.ToDictionary(c => c.Type.ToString(), c => c.Count);
    }

    public async Task<IReadOnlyList<DoorBadge>> ListAsync(Guid eventId, CancellationToken cancellationToken)
    {
        var badges = await db.Set<Badge>().AsNoTracking().Where(b => b.EventId == eventId).ToListAsync(cancellationToken);
        return badges.Select(ToDoorBadge).ToList();
    }

    private static DoorBadge ToDoorBadge(Badge badge)
    {
        var label = BadgeTypeLabels.For(badge.Type);
        return new DoorBadge(badge.Id, badge.EventId, badge.Type.ToString(), label.Turkish, label.English,
            badge.PersonName, badge.Organization, badge.RevokedAt is not null)
        { HolderKind = badge.HolderKind, HolderId = badge.HolderId };
    }
}
