using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SupplierMeetups.Web.Badges.Contracts;
using SupplierMeetups.Web.CheckIn.Contracts;
using SupplierMeetups.Web.Matchmaking.Contracts;
using SupplierMeetups.Web.Platform.Localization;
using SupplierMeetups.Web.Platform.Persistence;
using SupplierMeetups.Web.Platform.Refusals;
using SupplierMeetups.Web.Platform.Security;
using SupplierMeetups.Web.Registration.Contracts;

namespace SupplierMeetups.Web.CheckIn.MeetingCheckIn;

/// <summary>Who is at a meeting's table: each side's first scanned representative, and whether the meeting was held.</summary>
public sealed record MeetingPresence(
    Guid MeetingId, string Slot, string Table, DateTimeOffset StartsAt, DateTimeOffset EndsAt,
    string PrimeName, string SupplierName, string? PrimePerson, string? SupplierPerson, bool Held);

/// <summary>
/// Checks both sides of a B2B meeting in at its table: door staff, organizers, or the meeting's own firms scan the
/// representatives' badges; once both sides are there the meeting counts as held. Scanning a side again changes nothing.
/// </summary>
public sealed class TableCheckIns(
    AppDbContext db, ITableMeetings meetings, IDoorBadges badges, IRepresentatives representatives, IParticipantFirms firms, TimeProvider clock,
    IStringLocalizer<SharedResource> l) : IMeetingNoShows
{
    /// <summary>The meeting if the user may check it in: staff and organizers any, a firm's contact their own.</summary>
    public async Task<Outcome<TableMeeting>> MeetingForAsync(Guid eventId, Guid meetingId, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var meeting = await meetings.FindAsync(eventId, meetingId, cancellationToken);
        if (meeting is null)
        {
            return new Refusal(l["There is no such meeting."], StatusCodes.Status404NotFound);
        }
        if (user.IsInRole(Roles.Staff) || user.IsInRole(Roles.Organizer))
        {
            return meeting;
        }
        var mine = SignedInUser.IdOf(user) is { } userId ? await firms.OfContactAsync(eventId, userId, cancellationToken) : null;
        return mine is not null && (mine.ParticipationId == meeting.PrimeParticipationId || mine.ParticipationId == meeting.SupplierParticipationId)
            ? meeting
            : new Refusal(l["Only door staff, organizers and the meeting's own firms check a meeting in."], StatusCodes.Status403Forbidden);
    }

    public async Task<Outcome<MeetingPresence>> ScanAsync(Guid eventId, Guid meetingId, string? token, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var found = await MeetingForAsync(eventId, meetingId, user, cancellationToken);
        if (found.Refusal is { } refusal)
        {
            return refusal;
        }
        var meeting = found.Value!;
        var badge = badges.VerifyToken(token) is { } badgeId ? await badges.FindAsync(badgeId, cancellationToken) : null;
        if (badge is null || badge.EventId != eventId)
        {
            return Refusal.AtField("Token", l["This is not a badge of this event."]);
        }
        if (badge.IsRevoked)
        {
            return new Refusal(l["This badge has been revoked."], StatusCodes.Status409Conflict);
        }
        var side = await SideOfAsync(meeting, badge, cancellationToken);
        if (side is null)
        {
            return new Refusal(l["{0} is not a representative of either firm of this meeting.", badge.PersonName], StatusCodes.Status409Conflict);
        }
        if (!await db.Set<MeetingArrival>().AnyAsync(a => a.MeetingId == meetingId && a.ParticipationId == side, cancellationToken))
        {
            db.Add(new MeetingArrival
            {
                MeetingId = meetingId, ParticipationId = side.Value, EventId = eventId, BadgeId = badge.Id, PersonName = badge.PersonName,
                ArrivedAt = clock.GetUtcNow(), ScannedBy = user.Identity?.Name ?? "",
            });
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException)
            {
                // The other scanner recorded the same side at the same instant: that arrival stands.
                db.ChangeTracker.Clear();
            }
        }
        return await PresenceAsync(meeting, cancellationToken);
    }

    public async Task<MeetingPresence> PresenceAsync(TableMeeting meeting, CancellationToken cancellationToken)
    {
        var arrivals = await db.Set<MeetingArrival>().AsNoTracking().Where(a => a.MeetingId == meeting.MeetingId).ToListAsync(cancellationToken);
        var names = await firms.OfEventAsync(meeting.EventId, [meeting.PrimeParticipationId, meeting.SupplierParticipationId], cancellationToken);
        string NameOf(Guid id) => names.FirstOrDefault(f => f.ParticipationId == id)?.ShortName ?? "";
        var prime = arrivals.FirstOrDefault(a => a.ParticipationId == meeting.PrimeParticipationId);
        var supplier = arrivals.FirstOrDefault(a => a.ParticipationId == meeting.SupplierParticipationId);
        return new MeetingPresence(meeting.MeetingId, meeting.Slot, meeting.Table, meeting.StartsAt, meeting.EndsAt,
            NameOf(meeting.PrimeParticipationId), NameOf(meeting.SupplierParticipationId), prime?.PersonName, supplier?.PersonName,
            prime is not null && supplier is not null);
    }

    /// <summary>The meetings at one table (all tables when none is given) that the user may check in, by slot.</summary>
    public async Task<IReadOnlyList<TableMeeting>> AtTableAsync(Guid eventId, string? table, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var all = await meetings.PublishedAsync(eventId, cancellationToken);
        if (!user.IsInRole(Roles.Staff) && !user.IsInRole(Roles.Organizer))
        {
            var mine = SignedInUser.IdOf(user) is { } userId ? await firms.OfContactAsync(eventId, userId, cancellationToken) : null;
            all = mine is null ? [] : all.Where(m => m.PrimeParticipationId == mine.ParticipationId || m.SupplierParticipationId == mine.ParticipationId).ToList();
        }
        return string.IsNullOrWhiteSpace(table) ? all : all.Where(m => string.Equals(m.Table, table.Trim(), StringComparison.OrdinalIgnoreCase)).ToList();
    }

    public async Task<IReadOnlyList<ProposedNoShow>> ProposedAsync(Guid eventId, CancellationToken cancellationToken)
    {
        var arrivals = await db.Set<MeetingArrival>().AsNoTracking().Where(a => a.EventId == eventId)
            .Select(a => new { a.MeetingId, a.ParticipationId }).ToListAsync(cancellationToken);
        if (arrivals.Count == 0)
        {
            return [];
        }
        var present = arrivals.Select(a => (a.MeetingId, a.ParticipationId)).ToHashSet();
        var confirmed = await db.Set<MeetingNoShow>().AsNoTracking().Where(n => n.EventId == eventId).ToDictionaryAsync(n => n.MeetingId, cancellationToken);
        var now = clock.GetUtcNow();
        return (await meetings.PublishedAsync(eventId, cancellationToken))
            .Where(m => m.EndsAt <= now)
            .Select(m => new ProposedNoShow(m.MeetingId, m.Slot, m.Table, m.PrimeParticipationId, m.SupplierParticipationId,
                present.Contains((m.MeetingId, m.PrimeParticipationId)), present.Contains((m.MeetingId, m.SupplierParticipationId)),
                confirmed.TryGetValue(m.MeetingId, out var c) ? c.ConfirmedAt : null))
            .Where(p => !(p.PrimePresent && p.SupplierPresent))
            .OrderByDescending(p => p.Slot, StringComparer.Ordinal).ThenBy(p => p.Table, StringComparer.Ordinal)
            .ToList();
    }

    public async Task<bool> ConfirmAsync(Guid eventId, Guid meetingId, Guid organizerId, CancellationToken cancellationToken)
    {
        if ((await ProposedAsync(eventId, cancellationToken)).FirstOrDefault(p => p.MeetingId == meetingId) is not { } proposal)
        {
            return false;
        }
        if (proposal.ConfirmedAt is not null)
        {
            return true;
        }
        db.Add(new MeetingNoShow
        {
            MeetingId = meetingId, EventId = eventId, PrimeMissing = !proposal.PrimePresent, SupplierMissing = !proposal.SupplierPresent,
            ConfirmedAt = clock.GetUtcNow(), ConfirmedBy = organizerId,
        });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Confirmed by another organizer at the same instant: confirmed either way.
            db.ChangeTracker.Clear();
        }
        return true;
    }

    /// <summary>The side (participation) whose representative holds the badge, or null.</summary>
    private async Task<Guid?> SideOfAsync(TableMeeting meeting, DoorBadge badge, CancellationToken cancellationToken)
    {
        if (badge.HolderKind != BadgeHolderKinds.FirmPerson)
        {
            return null;
        }
        foreach (var side in new[] { meeting.PrimeParticipationId, meeting.SupplierParticipationId })
        {
            if ((await representatives.OfParticipationAsync(side, cancellationToken)).Any(p => p.Id == badge.HolderId))
            {
                return side;
            }
        }
        return null;
    }
}
