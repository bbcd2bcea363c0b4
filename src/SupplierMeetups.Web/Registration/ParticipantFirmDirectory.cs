using Microsoft.EntityFrameworkCore;
using SupplierMeetups.Web.Platform.Localization;
using SupplierMeetups.Web.Platform.Persistence;

namespace SupplierMeetups.Web.Registration;

internal sealed class ParticipantFirmDirectory(AppDbContext db) : IParticipantFirms
{
    public async Task<ParticipantFirm?> OfContactAsync(Guid eventId, Guid userId, CancellationToken cancellationToken) =>
        await Query(eventId).Where(x => x.Participation.ContactUserId == userId).Select(Card).FirstOrDefaultAsync(cancellationToken);

    public async Task<ParticipantFirm?> OfFirmAsync(Guid eventId, Guid firmId, CancellationToken cancellationToken) =>
        await Query(eventId).Where(x => x.Firm.Id == firmId).Select(Card).FirstOrDefaultAsync(cancellationToken);

    public async Task<IReadOnlyList<ParticipantFirm>> OfEventAsync(Guid eventId, IReadOnlyCollection<Guid>? participationIds, CancellationToken cancellationToken) =>
        await (participationIds is null ? Query(eventId) : Query(eventId).Where(x => participationIds.Contains(x.Participation.Id)))
            .Select(Card).ToListAsync(cancellationToken);

    public async Task<IReadOnlyDictionary<Guid, Guid>> ContactUserIdsAsync(IReadOnlyCollection<Guid> participationIds, CancellationToken cancellationToken) =>
        await db.Set<Participation>().AsNoTracking().Where(p => participationIds.Contains(p.Id) && p.ContactUserId != null)
            .ToDictionaryAsync(p => p.Id, p => p.ContactUserId!.Value, cancellationToken);

    public async Task<IReadOnlyList<FirmName>> ApprovedAsync(Guid eventId, ParticipationType type, CancellationToken cancellationToken)
    {
        var firmIds = db.Set<Participation>().Where(p => p.EventId == eventId && p.Type == type && p.Status == ParticipationStatus.Approved).Select(p => p.FirmId);
        var firms = await db.Set<Firm>().AsNoTracking().Where(f => firmIds.Contains(f.Id)).Select(f => new FirmName(f.Id, f.ShortName)).ToListAsync(cancellationToken);
        return firms.OrderBy(f => f.ShortName, TurkishText.Order).ToList();
    }

    public async Task<Guid?> EventOfAsync(Guid participationId, CancellationToken cancellationToken) =>
        await db.Set<Participation>().AsNoTracking().Where(p => p.Id == participationId).Select(p => (Guid?)p.EventId).SingleOrDefaultAsync(cancellationToken);

    public Task LockAsync(Guid participationId, CancellationToken cancellationToken) => db.LockRowAsync<Participation>(participationId, cancellationToken);

    public async Task<IReadOnlyDictionary<Guid, string>> ShortNamesAsync(IReadOnlyCollection<Guid> firmIds, CancellationToken cancellationToken) =>
        await db.Set<Firm>().AsNoTracking().Where(f => firmIds.Contains(f.Id)).ToDictionaryAsync(f => f.Id, f => f.ShortName, cancellationToken);

    /// <summary>The read model of a participation and its firm in memory (the demo builds them before saving).</summary>
    public static ParticipantFirm ToCard(Participation p, Firm f) => new(p.Id, f.Id, f.ShortName, f.LegalName, f.City, f.Country, p.Type, p.Status, p.ContactUserId);

    private IQueryable<ParticipationWithFirm> Query(Guid eventId) =>
        db.Set<Participation>().AsNoTracking().Where(p => p.EventId == eventId)
            .Join(db.Set<Firm>(), p => p.FirmId, f => f.Id, (p, f) => new ParticipationWithFirm { Participation = p, Firm = f });

    // An expression, so that the database returns only these columns instead of whole firms with their qualifications.
    private static readonly System.Linq.Expressions.Expression<Func<ParticipationWithFirm, ParticipantFirm>> Card = x =>
        new ParticipantFirm(x.Participation.Id, x.Firm.Id, x.Firm.ShortName, x.Firm.LegalName, x.Firm.City, x.Firm.Country, x.Participation.Type, x.Participation.Status, x.Participation.ContactUserId);

    private sealed class ParticipationWithFirm
    {
        public Participation Participation { get; init; } = null!;
        public Firm Firm { get; init; } = null!;
    }
}
