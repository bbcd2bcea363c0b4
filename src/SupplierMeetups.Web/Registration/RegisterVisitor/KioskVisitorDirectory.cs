using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SupplierMeetups.Web.Platform.Localization;
using SupplierMeetups.Web.Platform.Messaging;
using SupplierMeetups.Web.Platform.Persistence;
using SupplierMeetups.Web.Platform.Refusals;
using SupplierMeetups.Web.Registration.Consent;
using SupplierMeetups.Web.Registration.Contracts;

namespace SupplierMeetups.Web.Registration.RegisterVisitor;

internal sealed class KioskVisitorDirectory(
    AppDbContext db, VisitorRegistrar registrar, ConsentTexts consentTexts, IModuleEvents moduleEvents, TimeProvider clock,
    IStringLocalizer<SharedResource> l) : IKioskVisitors
{
    public async Task<KioskVisitor?> RedeemCodeAsync(Guid eventId, string? email, string code, CancellationToken cancellationToken)
    {
        if (KioskCodes.Normalize(code) is not { } normalized)
        {
            return null;
        }
        var query = db.Set<Visitor>().AsNoTracking().Where(v => v.EventId == eventId && v.KioskCode == normalized && v.ErasedAt == null);
        if (email is not null)
        {
            var normalizedEmail = Visitor.Normalize(email);
            query = query.Where(v => v.NormalizedEmail == normalizedEmail);
        }
        var id = await query.Select(v => (Guid?)v.Id).SingleOrDefaultAsync(cancellationToken);
        if (id is null)
        {
            return null;
        }
        // As the e-mail's link does: under the row lock a second confirmation finds the first one's work.
        await using var transaction = await db.BeginWriteAsync(cancellationToken);
        await db.LockRowAsync<Visitor>(id.Value, cancellationToken);
        var visitor = await db.Set<Visitor>().SingleAsync(v => v.Id == id, cancellationToken);
        if (visitor.ConfirmedAt is null)
        {
            visitor.Confirm(clock.GetUtcNow());
            await moduleEvents.PublishAsync(new VisitorConfirmed(visitor.EventId, visitor.Id, visitor.FullName, visitor.Organization, visitor.Email, visitor.Language), cancellationToken);
            visitor.BadgeStatus = BadgeStatus.Ready;
            await db.SaveChangesAsync(cancellationToken);
        }
        await transaction.CommitAsync(cancellationToken);
        return ToKiosk(visitor);
    }

    public async Task<Outcome<KioskVisitor>> RegisterWalkInAsync(Guid eventId, WalkIn walkIn, string? ip, CancellationToken cancellationToken)
    {
        if ((await registrar.SettingsAsync(eventId, cancellationToken)).RequireIdentityNumber)
        {
            return new Refusal(l["This event checks identity documents at registration: please register at the desk."], StatusCodes.Status409Conflict);
        }
        var input = new VisitorInput
        {
            FullName = walkIn.FullName, Organization = walkIn.Organization, Email = walkIn.Email, Country = walkIn.Country, Phone = walkIn.Phone,
            AcceptConsent = walkIn.AcceptConsent, ShareContact = walkIn.ShareContact, ConsentTextId = walkIn.ConsentTextId,
        };
        var result = await registrar.RegisterAsync(eventId, input, ip, cancellationToken, walkIn: true);
        if (result.Refusal is { } refusal)
        {
            return refusal;
        }
        return result.Value!.AlreadyRegistered
            ? new Refusal(
                l["This e-mail address is already registered for the event: print your badge with the code from your confirmation e-mail, or ask at the desk."],
                StatusCodes.Status409Conflict, nameof(WalkIn.Email))
            : ToKiosk(result.Value.Visitor);
    }

    public async Task<ConsentNotice?> ConsentNoticeAsync(Guid eventId, string language, CancellationToken cancellationToken) =>
        await consentTexts.CurrentAsync(eventId, language, cancellationToken) is { } text ? new ConsentNotice(text.Id, text.Language, text.Version, text.Text) : null;

    private static KioskVisitor ToKiosk(Visitor visitor) => new(visitor.Id, visitor.EventId, visitor.FullName, visitor.Organization, visitor.Language);
}

/// <summary>Visitors' and representatives' contact details for other modules, as far as the person agreed. Light: the door's search builds it per request.</summary>
internal sealed class VisitorContactDirectory(AppDbContext db) : IVisitorContacts
{
    public async Task<SharedContact?> SharedWithExhibitorsAsync(Guid eventId, Guid visitorId, CancellationToken cancellationToken) =>
        await db.Set<Visitor>().AsNoTracking()
            .Where(v => v.Id == visitorId && v.EventId == eventId && v.ShareContact && v.ErasedAt == null)
            .Select(v => new SharedContact(v.Id, v.FullName, v.Organization, v.Email, v.Phone))
            .SingleOrDefaultAsync(cancellationToken);

    public async Task<IReadOnlyList<Guid>> WithEmailContainingAsync(Guid eventId, string text, int limit, CancellationToken cancellationToken)
    {
        var folded = TurkishText.Fold(text);
        if (folded.Length < 3)
        {
            return [];
        }
        // Folding is culture-aware C#, as the door's name search: an event's addresses (a few thousand) are filtered here.
        var visitors = await db.Set<Visitor>().AsNoTracking().Where(v => v.EventId == eventId && v.ErasedAt == null)
            .Select(v => new { v.Id, v.Email }).ToListAsync(cancellationToken);
        var participations = db.Set<Participation>().Where(p => p.EventId == eventId).Select(p => p.Id);
        var people = await db.Set<FirmPerson>().AsNoTracking().Where(p => participations.Contains(p.ParticipationId))
            .Select(p => new { p.Id, p.Email }).ToListAsync(cancellationToken);
        return visitors.Concat(people)
            .Where(p => TurkishText.Fold(p.Email).Contains(folded, StringComparison.Ordinal))
            .Select(p => p.Id).Take(limit).ToList();
    }
}
