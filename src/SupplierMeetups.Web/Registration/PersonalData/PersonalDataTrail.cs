using Microsoft.EntityFrameworkCore;
using SupplierMeetups.Web.Platform.Messaging;
using SupplierMeetups.Web.Platform.Persistence;
using SupplierMeetups.Web.Registration.Consent;

namespace SupplierMeetups.Web.Registration.PersonalData;

public sealed record ConsentExport(string Language, int Version, string Text, DateTimeOffset AcceptedAt, string? IpAddress);

/// <summary>What any person leaves beside their own row: the consents they gave and the badges printed for them.</summary>
public sealed class PersonalDataTrail(AppDbContext db, IModuleEvents moduleEvents)
{
    public async Task<IReadOnlyList<ConsentExport>> ConsentsAsync(string personKind, Guid personId, CancellationToken cancellationToken)
    {
        var consents = await (
            from r in db.Set<ConsentRecord>().AsNoTracking()
            join t in db.Set<ConsentText>().AsNoTracking() on r.ConsentTextId equals t.Id
            where r.PersonKind == personKind && r.PersonId == personId
            select new { t.Language, t.Version, t.Text, r.AcceptedAt, r.IpAddress }).ToListAsync(cancellationToken);
        return consents.OrderBy(c => c.AcceptedAt).Select(c => new ConsentExport(c.Language, c.Version, c.Text, c.AcceptedAt, c.IpAddress)).ToList();
    }

    /// <summary>
    /// Strips the consent records of the address (the rest stays as proof) and tells the other modules, whose handlers
    /// withdraw the person's badges, all in the caller's unit of work.
    /// </summary>
    public async Task EraseAsync(string personKind, Guid personId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        foreach (var record in await db.Set<ConsentRecord>().Where(r => r.PersonKind == personKind && r.PersonId == personId).ToListAsync(cancellationToken))
        {
            record.IpAddress = null;
            record.AnonymizedAt = now;
        }
        await moduleEvents.PublishAsync(new PersonErased(personId, ErasedPerson.Name, now), cancellationToken);
    }
}
