using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SupplierMeetups.Web.Events.Contracts;
using SupplierMeetups.Web.Platform.Email;
using SupplierMeetups.Web.Platform.Localization;
using SupplierMeetups.Web.Platform.Persistence;
using SupplierMeetups.Web.Platform.Refusals;
using SupplierMeetups.Web.Registration.Consent;
using SupplierMeetups.Web.Registration.Contracts;

namespace SupplierMeetups.Web.Registration.RegisterVisitor;

/// <summary>The registered visitor; <paramref name="AlreadyRegistered"/> when the e-mail had registered before and nothing changed.</summary>
public sealed record VisitorRegistration(Visitor Visitor, bool AlreadyRegistered = false);

/// <summary>
/// Registers a visitor: checks everything first, then saves the visitor, the consent record and the confirmation
/// e-mail in one unit of work, so invalid input changes nothing and a double submit registers once.
/// </summary>
public sealed class VisitorRegistrar(
    AppDbContext db, IEventQueries events, IEventClosure closure,
    ConsentAcceptance consentAcceptance,
    ConsentRecorder consent,
    IdentityNumberProtector identityNumbers,
    EmailOutbox outbox,
    Platform.Messaging.IModuleEvents moduleEvents,
    VisitorEmails emails,
    TimeProvider clock,
    IStringLocalizer<SharedResource> l)
{
    /// <summary>The registration, or every fault of the form at once (each at its field), or 404 without the event.</summary>
    /// <param name="walkIn">
    /// Registered at a kiosk at the venue: the person stands there, so no confirmation e-mail is sent; the caller
    /// confirms the visitor in the same save (<see cref="KioskVisitorDirectory"/>), which issues the badge.
    /// </param>
    public async Task<Outcome<VisitorRegistration>> RegisterAsync(Guid eventId, VisitorInput input, string? ip, CancellationToken cancellationToken, bool walkIn = false)
    {
        var e = await events.FindAsync(eventId, cancellationToken);
        if (e is null)
        {
            return new Refusal(l["There is no such event."], StatusCodes.Status404NotFound);
        }
        if (await closure.RefusalIfOverAsync(eventId, cancellationToken) is { } over)
        {
            return over;
        }
        var settings = await SettingsAsync(eventId, cancellationToken);
        var language = LanguageOf.Current;
        var errors = new List<Refusal>();
        var (text, refusal) = await consentAcceptance.CheckAsync(eventId, input, language, cancellationToken);
        if (refusal is not null)
        {
            errors.Add(refusal);
        }
        var identityNumber = settings.RequireIdentityNumber ? CheckIdentity(input, errors) : null;
        if (Refusal.Of(errors) is { } invalid)
        {
            return invalid;
        }

        var normalizedEmail = Visitor.Normalize(input.Email);
        if (await FindAsync(eventId, normalizedEmail, cancellationToken) is { } existing)
        {
            return new VisitorRegistration(existing, AlreadyRegistered: true);
        }
        var now = clock.GetUtcNow();
        var visitor = new Visitor
        {
            EventId = eventId,
            FullName = input.FullName.Trim(),
            Organization = input.Organization.Trim(),
            Title = string.IsNullOrWhiteSpace(input.Title) ? null : input.Title.Trim(),
            Email = input.Email.Trim(),
            NormalizedEmail = normalizedEmail,
            Phone = string.IsNullOrWhiteSpace(input.Phone) ? null : input.Phone.Trim(),
            Country = string.IsNullOrWhiteSpace(input.Country) ? null : input.Country.Trim(),
            ShareContact = input.ShareContact,
            KioskCode = KioskCodes.New(),
            WalkIn = walkIn,
            IdentityKind = identityNumber is null ? null : input.IdentityKind,
            ProtectedIdentityNumber = identityNumber is null ? null : identityNumbers.Protect(identityNumber),
            Language = language,
            RegisteredAt = now,
        };
        db.Add(visitor);
        consent.Record(PersonKinds.Visitor, visitor.Id, eventId, text!.Language, text.Id, ip, now);
        if (walkIn)
        {
            visitor.Confirm(now);
            visitor.BadgeStatus = BadgeStatus.Ready;
            await moduleEvents.PublishAsync(new VisitorConfirmed(eventId, visitor.Id, visitor.FullName, visitor.Organization, visitor.Email, visitor.Language), cancellationToken);
        }
        else
        {
            outbox.Add(visitor.Email, visitor.FullName, emails.Confirmation(visitor, e.Name(language)), EmailKind.VisitorConfirmation, language,
                new EmailAttachment { Kind = KioskCodeAttachment.AttachmentKind, ReferenceId = visitor.Id, FileName = "kiosk-code.png" });
        }
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // The same form arrived twice at the same moment: the unique index kept one registration.
            db.ChangeTracker.Clear();
            if (await FindAsync(eventId, normalizedEmail, cancellationToken) is { } winner)
            {
                return new VisitorRegistration(winner, AlreadyRegistered: true);
            }
            throw;
        }
        return new VisitorRegistration(visitor);
    }

    public async Task<VisitorSettings> SettingsAsync(Guid eventId, CancellationToken cancellationToken) =>
        await db.Set<VisitorSettings>().AsNoTracking().SingleOrDefaultAsync(s => s.EventId == eventId, cancellationToken)
        ?? new VisitorSettings { EventId = eventId };

    /// <summary>
    /// The organizers' visitor rules (the settings page and its API), replaced whole; the same values again change
    /// nothing more. A 404 refusal: no such event.
    /// </summary>
    public async Task<Outcome<VisitorSettings>> SaveSettingsAsync(Guid eventId, bool requireIdentityNumber, CancellationToken cancellationToken)
    {
        if (!await events.ExistsAsync(eventId, cancellationToken))
        {
            return new Refusal(l["There is no such event."], StatusCodes.Status404NotFound);
        }
        var settings = await db.Set<VisitorSettings>().SingleOrDefaultAsync(s => s.EventId == eventId, cancellationToken);
        if (settings is null)
        {
            settings = new VisitorSettings { EventId = eventId };
            db.Add(settings);
        }
        settings.RequireIdentityNumber = requireIdentityNumber;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException) when (db.Entry(settings).State == EntityState.Added)
        {
            // Two organizers saved the first settings at once: the other one's row stands, saved again with this value.
            db.ChangeTracker.Clear();
            return await SaveSettingsAsync(eventId, requireIdentityNumber, cancellationToken);
        }
        return settings;
    }

    private Task<Visitor?> FindAsync(Guid eventId, string normalizedEmail, CancellationToken cancellationToken) =>
        db.Set<Visitor>().AsNoTracking().SingleOrDefaultAsync(v => v.EventId == eventId && v.NormalizedEmail == normalizedEmail, cancellationToken);

    private string? CheckIdentity(VisitorInput input, List<Refusal> errors)
    {
        var number = input.IdentityNumber?.Trim().Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
        if (input.IdentityKind is null)
        {
            errors.Add(Refusal.AtField(nameof(VisitorInput.IdentityKind), l["This event's security rules ask for a national ID or passport number: choose which one you give."]));
        }
        if (string.IsNullOrEmpty(number))
        {
            errors.Add(Refusal.AtField(nameof(VisitorInput.IdentityNumber), l["This event's security rules ask for a national ID or passport number."]));
            return null;
        }
        if (input.IdentityKind == IdentityDocumentKind.NationalId && !NationalIdNumber.IsValid(number))
        {
            errors.Add(Refusal.AtField(nameof(VisitorInput.IdentityNumber), l["This is not a valid T.C. identity number: check the eleven digits."]));
        }
        if (input.IdentityKind == IdentityDocumentKind.Passport && !NationalIdNumber.IsPlausiblePassport(number))
        {
            errors.Add(Refusal.AtField(nameof(VisitorInput.IdentityNumber), l["Enter the passport number with letters and digits only (5 to 20 characters)."]));
        }
        return number;
    }
}
