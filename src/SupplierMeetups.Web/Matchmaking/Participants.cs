using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using SupplierMeetups.Web.Exhibition.Booths;
using SupplierMeetups.Web.Platform.Persistence;
using SupplierMeetups.Web.Platform.Security;
using SupplierMeetups.Web.Registration;

namespace SupplierMeetups.Web.Matchmaking;

/// <summary>A firm as matchmaking shows it: its participation in the event and the names to print.</summary>
public sealed record FirmCard(Guid ParticipationId, Guid FirmId, string ShortName, string LegalName, string City, string Country, ParticipationType Type, ParticipationStatus Status, string? Booth)
{
    public bool IsPrime => Type == ParticipationType.Prime;
}

/// <summary>Finds the signed-in firm and the firms it deals with; matchmaking refers to firms by participation id.</summary>
public sealed class Participants(AppDbContext db)
{
    /// <summary>The approved participation whose contact is the signed-in user, or null.</summary>
    public async Task<FirmCard?> ApprovedAsync(Guid eventId, ClaimsPrincipal user, CancellationToken cancellationToken) =>
        await SignedInAsync(eventId, user, cancellationToken) is { Status: ParticipationStatus.Approved } me ? me : null;

    /// <summary>What firms publish for an event (needs, the supplier catalog) is for its organizers and its approved firms only.</summary>
    public async Task<bool> MayReadAsync(Guid eventId, ClaimsPrincipal user, CancellationToken cancellationToken) =>
        user.IsInRole(Platform.Security.Roles.Organizer) || await ApprovedAsync(eventId, user, cancellationToken) is not null;

    /// <summary>The participation (whatever its status) whose contact is the signed-in user, or null.</summary>
    public async Task<FirmCard?> SignedInAsync(Guid eventId, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (SignedInUser.IdOf(user) is not { } userId)
        {
            return null;
        }
        return (await CardsAsync(eventId, Query(eventId).Where(x => x.Participation.ContactUserId == userId), cancellationToken)).FirstOrDefault();
    }

    public async Task<FirmCard?> ByFirmAsync(Guid eventId, Guid firmId, CancellationToken cancellationToken) =>
        (await CardsAsync(eventId, Query(eventId).Where(x => x.Firm.Id == firmId), cancellationToken)).FirstOrDefault();

    public async Task<Dictionary<Guid, FirmCard>> AllAsync(Guid eventId, CancellationToken cancellationToken) =>
        (await CardsAsync(eventId, Query(eventId), cancellationToken)).ToDictionary(c => c.ParticipationId);

    public async Task<Dictionary<Guid, FirmCard>> ManyAsync(Guid eventId, IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken) =>
        (await CardsAsync(eventId, Query(eventId).Where(x => ids.Contains(x.Participation.Id)), cancellationToken)).ToDictionary(c => c.ParticipationId);

    /// <summary>The contact's e-mail, name and language, for the e-mails a firm is owed.</summary>
    public async Task<Dictionary<Guid, (string Email, string Name, string Language)>> ContactsAsync(IReadOnlyCollection<Guid> participationIds, CancellationToken cancellationToken)
    {
        var rows = await db.Set<Participation>().AsNoTracking()
            .Where(p => participationIds.Contains(p.Id) && p.ContactUserId != null)
            .Join(db.Users, p => p.ContactUserId, u => u.Id, (p, u) => new { p.Id, u.Email, u.FullName, u.PreferredLanguage })
            .ToListAsync(cancellationToken);
        return rows.Where(r => r.Email is not null).ToDictionary(r => r.Id, r => (r.Email!, r.FullName, r.PreferredLanguage));
    }

    /// <summary>The cards with the booth each firm exhibits at, for agendas and the catalog.</summary>
    private async Task<List<FirmCard>> CardsAsync(Guid eventId, IQueryable<ParticipationWithFirm> query, CancellationToken cancellationToken)
    {
        var cards = await query.Select(Card).ToListAsync(cancellationToken);
        if (cards.Count == 0)
        {
            return cards;
        }
        var booths = await ConfirmedBooths.OfFirmsAsync(db, eventId, cards.Select(c => c.FirmId).ToList(), cancellationToken);
        return cards.Select(c => booths.TryGetValue(c.FirmId, out var booth) ? c with { Booth = booth } : c).ToList();
    }

    private IQueryable<ParticipationWithFirm> Query(Guid eventId) =>
        db.Set<Participation>().AsNoTracking().Where(p => p.EventId == eventId)
            .Join(db.Set<Firm>(), p => p.FirmId, f => f.Id, (p, f) => new ParticipationWithFirm { Participation = p, Firm = f });

    // An expression, so that the database returns only these columns instead of whole firms with their qualifications.
    private static readonly System.Linq.Expressions.Expression<Func<ParticipationWithFirm, FirmCard>> Card = x =>
        new FirmCard(x.Participation.Id, x.Firm.Id, x.Firm.ShortName, x.Firm.LegalName, x.Firm.City, x.Firm.Country, x.Participation.Type, x.Participation.Status, null);

    private sealed class ParticipationWithFirm
    {
        public Participation Participation { get; init; } = null!;
        public Firm Firm { get; init; } = null!;
    }
}
