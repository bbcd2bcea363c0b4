using Microsoft.EntityFrameworkCore;
using SupplierMeetups.Web.Badges.Contracts;
using SupplierMeetups.Web.Exhibition.Contracts;
using SupplierMeetups.Web.Platform.Messaging;
using SupplierMeetups.Web.Platform.Persistence;

namespace SupplierMeetups.Web.Badges.IssueBadges;

/// <summary>
/// Keeps the badges of an approved firm's representatives in step with the roster: issued on approval or when a
/// person is added later, renamed with the person, revoked when they are removed or the approval is taken back,
/// and showing the firm's confirmed booth. (Approval itself: Registration/ReviewFirms/FirmReview.cs publishes FirmApproved.) Every change is staged in the publisher's unit of work; the publisher saves.
/// </summary>
internal sealed class RepresentativeBadges(AppDbContext db, BadgeIssuer issuer, IRepresentatives representatives, IFirmBooths booths, TimeProvider clock) :
    IModuleEventHandler<FirmApproved>,
    IModuleEventHandler<FirmRejected>,
    IModuleEventHandler<FirmRenamed>,
    IModuleEventHandler<RepresentativeAdded>,
    IModuleEventHandler<RepresentativeChanged>,
    IModuleEventHandler<RepresentativeRemoved>,
    IModuleEventHandler<BoothConfirmed>,
    IModuleEventHandler<BoothReleased>
{
    public async Task HandleAsync(FirmApproved approved, CancellationToken cancellationToken)
    {
        var people = await representatives.OfParticipationAsync(approved.ParticipationId, cancellationToken);
        if (people.Count == 0)
        {
            return;
        }
        var context = await ContextAsync(approved.ParticipationId, cancellationToken);
        foreach (var person in people)
        {
            await IssueAsync(context, person, cancellationToken);
        }
    }

    /// <summary>Approval taken back: the door refuses the badges until the firm is approved again.</summary>
    public async Task HandleAsync(FirmRejected rejected, CancellationToken cancellationToken)
    {
        var people = (await representatives.OfParticipationAsync(rejected.ParticipationId, cancellationToken)).Select(p => p.Id).ToList();
        foreach (var badge in await OfHolders(rejected.EventId, people).ToListAsync(cancellationToken))
        {
            badge.RevokedAt ??= clock.GetUtcNow();
        }
    }

    /// <summary>The firm's new short name on every badge of its people, in every event.</summary>
    public async Task HandleAsync(FirmRenamed renamed, CancellationToken cancellationToken)
    {
        var people = await representatives.IdsOfFirmAsync(renamed.FirmId, cancellationToken);
        foreach (var badge in await db.Set<Badge>().Where(b => b.HolderKind == BadgeHolderKinds.FirmPerson && people.Contains(b.HolderId)).ToListAsync(cancellationToken))
        {
            badge.Organization = renamed.ShortName;
        }
    }

    public async Task HandleAsync(RepresentativeAdded added, CancellationToken cancellationToken) =>
        await IssueAsync(await ContextAsync(added.ParticipationId, cancellationToken), added.Representative, cancellationToken);

    public async Task HandleAsync(RepresentativeChanged changed, CancellationToken cancellationToken)
    {
        if (await FindAsync(changed.EventId, changed.Representative.Id, cancellationToken) is { } badge)
        {
            badge.PersonName = changed.Representative.FullName;
        }
    }

    public async Task HandleAsync(RepresentativeRemoved removed, CancellationToken cancellationToken)
    {
        if (await FindAsync(removed.EventId, removed.PersonId, cancellationToken) is { } badge)
        {
            badge.RevokedAt ??= clock.GetUtcNow();
        }
    }

    public Task HandleAsync(BoothConfirmed confirmed, CancellationToken cancellationToken) =>
        ShowBoothAsync(confirmed.EventId, confirmed.FirmId, confirmed.BoothCode, cancellationToken);

    public Task HandleAsync(BoothReleased released, CancellationToken cancellationToken) =>
        ShowBoothAsync(released.EventId, released.FirmId, null, cancellationToken);

    public static BadgeType TypeOf(ParticipationType type) => type switch
    {
        ParticipationType.Exhibitor => BadgeType.Exhibitor,
        ParticipationType.Supplier => BadgeType.Supplier,
        _ => BadgeType.Prime,
    };

    /// <summary>The booth printed on the badges of the firm's people in the event; null when it has no confirmed booth.</summary>
    private async Task ShowBoothAsync(Guid eventId, Guid firmId, string? boothCode, CancellationToken cancellationToken)
    {
        var people = await representatives.IdsOfFirmAsync(firmId, cancellationToken);
        foreach (var badge in await OfHolders(eventId, people).ToListAsync(cancellationToken))
        {
            badge.Booth = boothCode;
        }
    }

    private sealed record IssueContext(ParticipationCard Participation, string? Booth);

    private async Task IssueAsync(IssueContext context, Representative person, CancellationToken cancellationToken)
    {
        var participation = context.Participation;
        var holder = new BadgeHolder(BadgeHolderKinds.FirmPerson, person.Id, person.FullName, participation.FirmShortName, null, person.Email, participation.ContactLanguage);
        var badge = await issuer.IssueAsync(participation.EventId, TypeOf(participation.Type), holder, context.Booth, cancellationToken);
        // Approved again after a rejection: the same badge (and QR) is valid again; the person already has it.
        badge.RevokedAt = null;
    }

    private async Task<IssueContext> ContextAsync(Guid participationId, CancellationToken cancellationToken)
    {
        var participation = await representatives.ParticipationAsync(participationId, cancellationToken)
                            ?? throw new InvalidOperationException($"Participation {participationId} does not exist.");
        var booth = participation.Type == ParticipationType.Exhibitor
            ? (await booths.ConfirmedOfFirmsAsync(participation.EventId, [participation.FirmId], cancellationToken)).GetValueOrDefault(participation.FirmId)
            : null;
        return new IssueContext(participation, booth);
    }

    private IQueryable<Badge> OfHolders(Guid eventId, IReadOnlyList<Guid> people) =>
        db.Set<Badge>().Where(b => b.EventId == eventId && b.HolderKind == BadgeHolderKinds.FirmPerson && people.Contains(b.HolderId));

    private async Task<Badge?> FindAsync(Guid eventId, Guid personId, CancellationToken cancellationToken) =>
        await db.Set<Badge>().SingleOrDefaultAsync(b => b.EventId == eventId && b.HolderKind == BadgeHolderKinds.FirmPerson && b.HolderId == personId, cancellationToken);
}
