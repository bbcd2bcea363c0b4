using Microsoft.EntityFrameworkCore;
using SupplierMeetups.Web.Events.Contracts;
using SupplierMeetups.Web.Platform.Email;
using SupplierMeetups.Web.Platform.Localization;
using SupplierMeetups.Web.Platform.Persistence;

namespace SupplierMeetups.Web.Badges;

/// <summary>Turns stored badges into PDFs: one, or a batch of an event's badges for printing.</summary>
public sealed class BadgeRendering(AppDbContext db, IEventQueries events, IBadgeDocuments documents, BadgeTokens tokens)
{
    public async Task<byte[]?> SingleAsync(Guid badgeId, string language, CancellationToken cancellationToken, Contracts.BadgePaper paper = Contracts.BadgePaper.A6)
    {
        var badge = await db.Set<Badge>().AsNoTracking().SingleOrDefaultAsync(b => b.Id == badgeId && b.RevokedAt == null, cancellationToken);
        if (badge is null)
        {
            return null;
        }
        var eventName = (await events.GetAsync(badge.EventId, cancellationToken)).Name(language);
        return paper == Contracts.BadgePaper.A6
            ? documents.RenderSingle(Content(badge, eventName))
            : documents.RenderOnPaper(Content(badge, eventName), paper);
    }

    /// <summary>Null when the event has no badge that matches: there is nothing to print.</summary>
    public async Task<byte[]?> BatchAsync(Guid eventId, BadgeType? type, BadgeSheetLayout layout, string language, CancellationToken cancellationToken)
    {
        var eventName = (await events.GetAsync(eventId, cancellationToken)).Name(language);
        var badges = await db.Set<Badge>().AsNoTracking()
            .Where(b => b.EventId == eventId && b.RevokedAt == null && (type == null || b.Type == type))
            .ToListAsync(cancellationToken);
        if (badges.Count == 0)
        {
            return null;
        }
        var ordered = badges.OrderBy(b => b.Organization, Platform.Localization.TurkishText.Order).ThenBy(b => b.PersonName, Platform.Localization.TurkishText.Order);
        return documents.RenderBatch(ordered.Select(b => Content(b, eventName)).ToList(), layout);
    }

    private BadgeContent Content(Badge badge, string eventName) =>
        new(eventName, badge.PersonName, badge.Organization, badge.Type, badge.Booth, tokens.Issue(badge.Id));
}

internal sealed class BadgeAttachmentSource(BadgeRendering rendering) : IEmailAttachmentSource
{
    public const string AttachmentKind = "badge";

    public string Kind => AttachmentKind;

    public async Task<EmailAttachmentContent?> LoadAsync(Guid referenceId, string language, CancellationToken cancellationToken) =>
        await rendering.SingleAsync(referenceId, language, cancellationToken) is { } pdf ? new EmailAttachmentContent(pdf, "application/pdf") : null;
}
