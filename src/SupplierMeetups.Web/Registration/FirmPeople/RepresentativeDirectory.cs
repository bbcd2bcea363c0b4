using Microsoft.EntityFrameworkCore;
using SupplierMeetups.Web.Identity.Contracts;
using SupplierMeetups.Web.Platform.Persistence;

namespace SupplierMeetups.Web.Registration.FirmPeople;

internal sealed class RepresentativeDirectory(AppDbContext db, IAccountQueries accounts) : IRepresentatives
{
    public async Task<ParticipationCard?> ParticipationAsync(Guid participationId, CancellationToken cancellationToken)
    {
        // Tracked first: the caller may have changed the participation in this unit of work and not saved yet.
        if (await db.Set<Participation>().FindAsync([participationId], cancellationToken) is not { } participation)
        {
            return null;
        }
        var shortName = await db.Set<Firm>().Where(f => f.Id == participation.FirmId).Select(f => f.ShortName).SingleAsync(cancellationToken);
        var language = participation.ContactUserId is { } contactId
            ? (await accounts.FindAsync(contactId, cancellationToken))?.PreferredLanguage
            : null;
        return new ParticipationCard(participation.Id, participation.EventId, participation.FirmId, participation.Type, participation.Status, shortName, language ?? "tr");
    }

    public async Task<IReadOnlyList<Representative>> OfParticipationAsync(Guid participationId, CancellationToken cancellationToken) =>
        await db.Set<FirmPerson>().AsNoTracking().Where(p => p.ParticipationId == participationId)
            .Select(p => new Representative(p.Id, p.FirmId, p.FullName, p.Email)).ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<Guid>> IdsOfFirmAsync(Guid firmId, CancellationToken cancellationToken) =>
        await db.Set<FirmPerson>().Where(p => p.FirmId == firmId).Select(p => p.Id).ToListAsync(cancellationToken);
}
