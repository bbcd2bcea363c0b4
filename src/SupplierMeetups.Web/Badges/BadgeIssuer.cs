using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SupplierMeetups.Web.Events.Contracts;
using SupplierMeetups.Web.Platform.Email;
using SupplierMeetups.Web.Platform.Localization;
using SupplierMeetups.Web.Platform.Persistence;

namespace SupplierMeetups.Web.Badges;

public sealed record BadgeHolder(string Kind, Guid Id, string PersonName, string Organization, Guid? UserId, string? Email, string Language);

/// <summary>
/// Issues a badge and, when the holder has an e-mail address, owes them an e-mail with the badge PDF attached
/// and a download link. Both are added to the caller's unit of work: they are saved with the registration or
/// approval that earned the badge, or not at all.
/// </summary>
public sealed class BadgeIssuer(AppDbContext db, IEventQueries events, EmailOutbox outbox, BadgeLinks links, IStringLocalizer<SharedResource> l, TimeProvider clock)
{
    public async Task<Badge> IssueAsync(Guid eventId, BadgeType type, BadgeHolder holder, string? booth, CancellationToken cancellationToken)
    {
        var existing = await db.Set<Badge>().SingleOrDefaultAsync(b => b.EventId == eventId && b.HolderKind == holder.Kind && b.HolderId == holder.Id, cancellationToken)
                       ?? db.ChangeTracker.Entries<Badge>().Select(e => e.Entity).SingleOrDefault(b => b.EventId == eventId && b.HolderKind == holder.Kind && b.HolderId == holder.Id);
        if (existing is not null)
        {
            return existing;
        }
        var badge = new Badge
        {
            EventId = eventId,
            Type = type,
            PersonName = holder.PersonName,
            Organization = holder.Organization,
            Booth = booth,
            HolderKind = holder.Kind,
            HolderId = holder.Id,
            HolderUserId = holder.UserId,
            IssuedAt = clock.GetUtcNow(),
        };
        db.Add(badge);
        if (holder.Email is { Length: > 0 } email)
        {
            var eventName = (await events.GetAsync(eventId, cancellationToken)).Name(holder.Language);
            outbox.Add(email, holder.PersonName, Render(badge, eventName, holder.Language), EmailKind.Badge, holder.Language,
                new EmailAttachment { Kind = BadgeAttachmentSource.AttachmentKind, ReferenceId = badge.Id, FileName = BadgeFileName(badge) });
        }
        return badge;
    }

    public static string BadgeFileName(Badge badge) => $"badge-{badge.Id.ToString()[..8]}.pdf";

    /// <summary>The e-mail that carries a badge, in the holder's language.</summary>
    public RenderedEmail Render(Badge badge, string eventName, string language) => LanguageOf.In(language, () =>
    {
        string subject = l["Your badge for {0}", eventName];
        string greeting = l["Hello {0},", badge.PersonName];
        string body = l["Your badge is attached. Print it on A6 paper or show it on your phone at the entrance; the QR code is scanned at the door."];
        return EmailLayout.Compose(subject, greeting, [body], l["Download the badge (PDF)"], links.DownloadUrl(badge.Id));
    });
}

/// <summary>Download links for badges that work without signing in: the badge id protected for this purpose only.</summary>
public sealed class BadgeLinks(IDataProtectionProvider protection, EmailOptions email)
{
    private readonly IDataProtector _protector = protection.CreateProtector("SupplierMeetups.Badges.Download.v1");

    /// <summary>For e-mails and API answers, read away from this site.</summary>
    public string DownloadUrl(Guid badgeId) => email.PublicBaseUrl + DownloadPath(badgeId);

    /// <summary>For links inside pages: relative, so it works on whatever host and port the page was served.</summary>
    public string DownloadPath(Guid badgeId) => $"/badges/{badgeId}.pdf?key={Uri.EscapeDataString(_protector.Protect(badgeId.ToString()))}";

    public bool IsValidKey(Guid badgeId, string? key)
    {
        if (string.IsNullOrEmpty(key))
        {
            return false;
        }
        try
        {
            return _protector.Unprotect(key) == badgeId.ToString();
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            return false;
        }
    }
}
