using Microsoft.EntityFrameworkCore;
using SupplierMeetups.Web.Events.Contracts;
using SupplierMeetups.Web.Identity.Contracts;
using SupplierMeetups.Web.Platform.Audit;
using SupplierMeetups.Web.Platform.Email;
using SupplierMeetups.Web.Platform.Persistence;
using SupplierMeetups.Web.Registration.Consent;

namespace SupplierMeetups.Web.Registration.PersonalData;

public sealed record AccountExport(Guid Id, string FullName, string Email, string? Phone, string PreferredLanguage, bool EmailConfirmed);

public sealed record RepresentativeExport(Guid Id, string Firm, string Event, string FullName, string? Title, string Email, string? Phone);

/// <summary>Everything the platform holds about a firm's contact (KVKK art. 11): the account, the consents given, the people the firm named.</summary>
public sealed record FirmContactDataExport(AccountExport Account, IReadOnlyList<ConsentExport> Consents, IReadOnlyList<RepresentativeExport> Representatives);

/// <summary>A firm's contact account as the personal data page lists it.</summary>
public sealed record FirmContact(Guid UserId, string FullName, string Email);

/// <summary>
/// Personal data of firm people: the contact's account and the representatives (FirmPerson). Erasure anonymizes in place, so
/// the firm, its participations and the representatives' count stay as they were.
/// </summary>
public sealed class FirmPersonalData(AppDbContext db, IEventQueries events, IAccountQueries accounts, IAccountCommands accountCommands, PersonalDataTrail trail, OutboxErasure outbox, AuditLog audit, TimeProvider clock)
{
    public async Task<FirmContactDataExport?> ExportAsync(Guid userId, CancellationToken cancellationToken)
    {
        if (await accounts.FindAsync(userId, cancellationToken) is not { } user)
        {
            return null;
        }
        var firmIds = await db.Set<Participation>().Where(p => p.ContactUserId == userId).Select(p => p.FirmId).Distinct().ToListAsync(cancellationToken);
        var account = new AccountExport(user.Id, user.FullName, user.Email, user.PhoneNumber, user.PreferredLanguage, user.EmailConfirmed);
        var consents = await trail.ConsentsAsync(PersonKinds.FirmContact, userId, cancellationToken);
        return new FirmContactDataExport(account, consents, await RepresentativesAsync(firmIds, user.PreferredLanguage, cancellationToken));
    }

    public async Task<IReadOnlyList<FirmContact>> ContactsAsync(Guid firmId, CancellationToken cancellationToken)
    {
        var contactIds = await db.Set<Participation>().Where(p => p.FirmId == firmId && p.ContactUserId != null)
            .Select(p => p.ContactUserId!.Value).Distinct().ToListAsync(cancellationToken);
        var contacts = await accounts.FindManyAsync(contactIds, cancellationToken);
        return contactIds.Where(contacts.ContainsKey).Select(id => new FirmContact(id, contacts[id].FullName, contacts[id].Email)).ToList();
    }

    public Task<IReadOnlyList<RepresentativeExport>> RepresentativesAsync(Guid firmId, string language, CancellationToken cancellationToken) =>
        RepresentativesAsync([firmId], language, cancellationToken);

    /// <summary>Anonymizes one representative of the firm; false when the firm has no such person.</summary>
    public async Task<bool> EraseRepresentativeAsync(Guid firmId, Guid personId, CancellationToken cancellationToken)
    {
        var person = await db.Set<FirmPerson>().SingleOrDefaultAsync(p => p.Id == personId && p.FirmId == firmId, cancellationToken);
        if (person is null)
        {
            return false;
        }
        await EraseAsync(person, clock.GetUtcNow(), cancellationToken);
        await audit.RecordErasureAsync(PersonKinds.FirmPerson, person.Id, null, null, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    /// <summary>
    /// Anonymizes a contact of the firm: the account can no longer sign in (no password, locked, new security stamp, no roles),
    /// no participation points to it any more, and representative rows with the contact's own address are erased too.
    /// False when the user is not a contact of the firm.
    /// </summary>
    public async Task<bool> EraseContactAsync(Guid firmId, Guid userId, CancellationToken cancellationToken)
    {
        var participations = await db.Set<Participation>().Where(p => p.ContactUserId == userId).ToListAsync(cancellationToken);
        if (participations.All(p => p.FirmId != firmId) || await accounts.FindAsync(userId, cancellationToken) is not { } user)
        {
            return false;
        }
        var now = clock.GetUtcNow();
        var firmIds = participations.Select(p => p.FirmId).Distinct().ToList();
        var ownAddress = user.NormalizedEmail;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        foreach (var participation in participations)
        {
            participation.ContactUserId = null;
        }
        var selfNamed = await db.Set<FirmPerson>().Where(p => firmIds.Contains(p.FirmId) && p.Email.ToUpper() == ownAddress).ToListAsync(cancellationToken);
        foreach (var person in selfNamed)
        {
            await EraseAsync(person, now, cancellationToken);
        }
        await trail.EraseAsync(PersonKinds.FirmContact, userId, now, cancellationToken);
        await audit.RecordErasureAsync(PersonKinds.FirmContact, userId, null, userId, cancellationToken);
        await outbox.EraseRecipientAsync(user.Email, ErasedPerson.Email(user.Id), ErasedPerson.Name, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await accountCommands.DisableAsync(user.Id, ErasedPerson.Name, ErasedPerson.Email(user.Id), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    private async Task EraseAsync(FirmPerson person, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var address = person.Email;
        person.FullName = ErasedPerson.Name;
        person.Email = ErasedPerson.Email(person.Id);
        await outbox.EraseRecipientAsync(address, person.Email, person.FullName, cancellationToken);
        person.Title = null;
        person.Phone = null;
        await trail.EraseAsync(PersonKinds.FirmPerson, person.Id, now, cancellationToken);
    }

    private async Task<IReadOnlyList<RepresentativeExport>> RepresentativesAsync(List<Guid> firmIds, string language, CancellationToken cancellationToken)
    {
        var rows = await (
            from person in db.Set<FirmPerson>().AsNoTracking()
            where firmIds.Contains(person.FirmId)
            join participation in db.Set<Participation>().AsNoTracking() on person.ParticipationId equals participation.Id
            join firm in db.Set<Firm>().AsNoTracking() on person.FirmId equals firm.Id
            select new { person, participation.EventId, firm.ShortName }).ToListAsync(cancellationToken);
        var byId = await events.FindManyAsync(rows.Select(r => r.EventId), cancellationToken);
        return rows.Where(r => byId.ContainsKey(r.EventId)).Select(r => new { r.person, e = byId[r.EventId], r.ShortName })
            .OrderByDescending(r => r.e.StartDate).ThenBy(r => r.person.FullName, StringComparer.Ordinal)
            .Select(r => new RepresentativeExport(r.person.Id, r.ShortName, r.e.Name(language), r.person.FullName, r.person.Title, r.person.Email, r.person.Phone))
            .ToList();
    }
}
