using Microsoft.EntityFrameworkCore;
using SupplierMeetups.Web.Badges;
using SupplierMeetups.Web.Exhibition.Booths;
using SupplierMeetups.Web.Identity.Contracts;
using SupplierMeetups.Web.Platform.Persistence;

namespace SupplierMeetups.Web.Registration.FirmPeople;

/// <summary>
/// Keeps the badges of an approved firm's representatives in step with the roster: issued on approval or when
/// a person is added later, renamed with the person, revoked when they are removed, and showing the firm's
/// confirmed booth. Every change is staged in the caller's unit of work; the caller saves.
/// </summary>
public sealed class RepresentativeBadges(AppDbContext db, BadgeIssuer issuer, IAccountQueries accounts, TimeProvider clock)
{
    public const string HolderKind = "FirmPerson";

    public async Task IssueAllAsync(Participation participation, CancellationToken cancellationToken)
    {
        var people = await db.Set<FirmPerson>().Where(p => p.ParticipationId == participation.Id).ToListAsync(cancellationToken);
        if (people.Count == 0)
        {
            return;
        }
        var context = await ContextAsync(participation, cancellationToken);
        foreach (var person in people)
        {
            await IssueAsync(participation, person, context, cancellationToken);
        }
    }

    public async Task IssueAsync(Participation participation, FirmPerson person, CancellationToken cancellationToken) =>
        await IssueAsync(participation, person, await ContextAsync(participation, cancellationToken), cancellationToken);

    /// <summary>Approval taken back: the door refuses the badges until the firm is approved again.</summary>
    public async Task RevokeAllAsync(Participation participation, CancellationToken cancellationToken)
    {
        var people = db.Set<FirmPerson>().Where(p => p.ParticipationId == participation.Id).Select(p => p.Id);
        foreach (var badge in await db.Set<Badge>().Where(b => b.EventId == participation.EventId && b.HolderKind == HolderKind && people.Contains(b.HolderId)).ToListAsync(cancellationToken))
        {
            badge.RevokedAt ??= clock.GetUtcNow();
        }
    }

    public async Task RevokeAsync(FirmPerson person, Guid eventId, CancellationToken cancellationToken)
    {
        if (await FindAsync(eventId, person.Id, cancellationToken) is { } badge)
        {
            badge.RevokedAt ??= clock.GetUtcNow();
        }
    }

    public async Task RenameAsync(FirmPerson person, Guid eventId, CancellationToken cancellationToken)
    {
        if (await FindAsync(eventId, person.Id, cancellationToken) is { } badge)
        {
            badge.PersonName = person.FullName;
        }
    }

    /// <summary>The booth printed on the badges of the firm's people in the event; null when it has no confirmed booth.</summary>
    public async Task ShowBoothAsync(Guid eventId, Guid firmId, string? boothCode, CancellationToken cancellationToken)
    {
        var people = db.Set<FirmPerson>().Where(p => p.FirmId == firmId).Select(p => p.Id);
        foreach (var badge in await db.Set<Badge>().Where(b => b.EventId == eventId && b.HolderKind == HolderKind && people.Contains(b.HolderId)).ToListAsync(cancellationToken))
        {
            badge.Booth = boothCode;
        }
    }

    /// <summary>The firm's new short name on every badge of its people, in every event.</summary>
    public async Task RenameFirmAsync(Guid firmId, string shortName, CancellationToken cancellationToken)
    {
        var people = db.Set<FirmPerson>().Where(p => p.FirmId == firmId).Select(p => p.Id);
        foreach (var badge in await db.Set<Badge>().Where(b => b.HolderKind == HolderKind && people.Contains(b.HolderId)).ToListAsync(cancellationToken))
        {
            badge.Organization = shortName;
        }
    }

    /// <summary>The valid badges of the participation's people, by person id.</summary>
    public async Task<Dictionary<Guid, Badge>> OfAsync(Participation participation, CancellationToken cancellationToken)
    {
        var people = db.Set<FirmPerson>().Where(p => p.ParticipationId == participation.Id).Select(p => p.Id);
        return await db.Set<Badge>().AsNoTracking()
            .Where(b => b.EventId == participation.EventId && b.HolderKind == HolderKind && b.RevokedAt == null && people.Contains(b.HolderId))
            .ToDictionaryAsync(b => b.HolderId, cancellationToken);
    }

    public static BadgeType TypeOf(ParticipationType type) => type switch
    {
        ParticipationType.Exhibitor => BadgeType.Exhibitor,
        ParticipationType.Supplier => BadgeType.Supplier,
        _ => BadgeType.Prime,
    };

    private sealed record IssueContext(string Organization, string? Booth, string Language);

    private async Task IssueAsync(Participation participation, FirmPerson person, IssueContext context, CancellationToken cancellationToken)
    {
        var holder = new BadgeHolder(HolderKind, person.Id, person.FullName, context.Organization, null, person.Email, context.Language);
        var badge = await issuer.IssueAsync(participation.EventId, TypeOf(participation.Type), holder, context.Booth, cancellationToken);
        // Approved again after a rejection: the same badge (and QR) is valid again; the person already has it.
        badge.RevokedAt = null;
    }

    private async Task<IssueContext> ContextAsync(Participation participation, CancellationToken cancellationToken)
    {
        var organization = await db.Set<Firm>().Where(f => f.Id == participation.FirmId).Select(f => f.ShortName).SingleAsync(cancellationToken);
        var language = participation.ContactUserId is { } contactId
            ? (await accounts.FindAsync(contactId, cancellationToken))?.PreferredLanguage
            : null;
        var booth = participation.Type == ParticipationType.Exhibitor ? await ConfirmedBoothAsync(participation, cancellationToken) : null;
        return new IssueContext(organization, booth, language ?? "tr");
    }

    private async Task<string?> ConfirmedBoothAsync(Participation participation, CancellationToken cancellationToken) =>
        (await ConfirmedBooths.OfFirmsAsync(db, participation.EventId, [participation.FirmId], cancellationToken)).GetValueOrDefault(participation.FirmId);

    private async Task<Badge?> FindAsync(Guid eventId, Guid personId, CancellationToken cancellationToken) =>
        await db.Set<Badge>().SingleOrDefaultAsync(b => b.EventId == eventId && b.HolderKind == HolderKind && b.HolderId == personId, cancellationToken);
}
