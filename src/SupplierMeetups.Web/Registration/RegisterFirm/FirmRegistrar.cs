using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SupplierMeetups.Web.Events.Contracts;
using SupplierMeetups.Web.Identity.Contracts;
using SupplierMeetups.Web.Platform.Localization;
using SupplierMeetups.Web.Platform.Persistence;
using SupplierMeetups.Web.Platform.Refusals;
using SupplierMeetups.Web.Platform.Security;
using SupplierMeetups.Web.Registration.Consent;

namespace SupplierMeetups.Web.Registration.RegisterFirm;

/// <summary>The firm's pending participation; <paramref name="Repeated"/> when the same form came twice and the first submission's registration is the answer.</summary>
public sealed record FirmRegistration(Participation Participation, bool Repeated = false);

/// <summary>
/// Registers a firm for an event in one transaction: the contact's account (unless signed in), the firm (or the
/// profile it used before), the pending participation and the contact's consent to the event's personal data notice,
/// with the confirmation e-mail.
/// </summary>
public sealed class FirmRegistrar(
    AppDbContext db,
    IAccountCommands accounts,
    IEventQueries events,
    IEventClosure closure,
    FirmAccess access,
    ConsentAcceptance consentAcceptance,
    ConsentRecorder consent,
    TimeProvider clock,
    IStringLocalizer<SharedResource> l)
{
    /// <summary>The registration, or every fault of the form at once (each at its field, "" for the whole form), or 404 without the event.</summary>
    /// <param name="ip">The address the contact accepted the notice from, kept as proof.</param>
    public async Task<Outcome<FirmRegistration>> RegisterAsync(Guid eventId, RegisterFirmInput input, ClaimsPrincipal user, string? ip, CancellationToken cancellationToken)
    {
        if (!await events.ExistsAsync(eventId, cancellationToken))
        {
            return new Refusal(l["There is no such event."], StatusCodes.Status404NotFound);
        }
        if (await closure.RefusalIfOverAsync(eventId, cancellationToken) is { } over)
        {
            return over;
        }
        if (await Earlier(input.SubmissionToken, cancellationToken) is { } earlier)
        {
            return earlier.EventId == eventId
                ? new FirmRegistration(earlier, Repeated: true)
                : Refusal.AtField(nameof(input.SubmissionToken), l["This form was already sent for another event."]);
        }
        // An organizer filling the form in for a firm creates the firm's own contact account, as an anonymous visitor would.
        var signedInId = user.IsInRole(Roles.Organizer) ? null : SignedInUser.IdOf(user);
        var (firm, errors) = await CheckAsync(eventId, input, signedInId, user, cancellationToken);
        var (consentText, refusal) = await consentAcceptance.CheckAsync(eventId, input, LanguageOf.Current, cancellationToken);
        if (refusal is not null)
        {
            errors.Add(refusal);
        }
        if (Refusal.Of(errors) is { } invalid)
        {
            return invalid;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var (contact, accountErrors) = signedInId is { } id ? (await accounts.MakeFirmContactAsync(id, cancellationToken), []) : await NewContactAsync(input, cancellationToken);
        if (contact is null)
        {
            await transaction.RollbackAsync(cancellationToken);
            db.ChangeTracker.Clear();
            return Refusal.Of(accountErrors)!;
        }
        if (firm is null)
        {
            firm = new Firm();
            db.Add(firm);
        }
        input.ApplyTo(firm);
        var now = clock.GetUtcNow();
        var participation = new Participation
        {
            EventId = eventId,
            FirmId = firm.Id,
            Type = input.Type!.Value,
            Status = ParticipationStatus.Pending,
            ContactUserId = contact.Id,
            RegisteredAt = now,
            BoothRequest = input.Type == ParticipationType.Exhibitor && !string.IsNullOrWhiteSpace(input.BoothRequest) ? input.BoothRequest.Trim() : null,
            SubmissionToken = input.SubmissionToken,
        };
        db.Add(participation);
        consent.Record(PersonKinds.FirmContact, contact.Id, eventId, consentText!.Language, consentText.Id, ip, now);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return new FirmRegistration(participation);
        }
        catch (DbUpdateException)
        {
            // A parallel submission won the race on a unique index (form token or event + firm).
            await transaction.RollbackAsync(cancellationToken);
            db.ChangeTracker.Clear();
            return await Earlier(input.SubmissionToken, cancellationToken) is { } winner
                ? new FirmRegistration(winner, Repeated: true)
                : Refusal.AtField(nameof(input.TaxNumber), AlreadyRegistered(input.TaxNumber));
        }
    }

    private async Task<Participation?> Earlier(Guid? token, CancellationToken cancellationToken) =>
        token is { } t ? await db.Set<Participation>().AsNoTracking().SingleOrDefaultAsync(p => p.SubmissionToken == t, cancellationToken) : null;

    private async Task<(Firm? Existing, List<Refusal> Errors)> CheckAsync(
        Guid eventId, RegisterFirmInput input, Guid? signedInId, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var errors = new List<Refusal>();
        if (signedInId is null)
        {
            Require(errors, input.ContactFullName, nameof(input.ContactFullName), l["Contact person's full name"]);
            Require(errors, input.ContactEmail, nameof(input.ContactEmail), l["Contact person's e-mail"]);
            Require(errors, input.ContactPassword, nameof(input.ContactPassword), l["Password"]);
        }
        var known = await db.Set<Capability>().Select(c => c.Code).ToListAsync(cancellationToken);
        foreach (var unknown in input.Capabilities.Where(c => !known.Contains(c.Trim())))
        {
            errors.Add(Refusal.AtField(nameof(input.Capabilities), l["{0} is not a capability of the taxonomy.", unknown]));
        }

        var ownFirmId = signedInId is null ? null : await access.FirmOfAsync(user, cancellationToken);
        Firm? existing = null;
        if (input.IsTurkish)
        {
            var vkn = input.TaxNumber!.Trim();
            existing = await db.Set<Firm>().FirstOrDefaultAsync(f => f.TaxNumber == vkn, cancellationToken);
        }
        else if (ownFirmId is { } own)
        {
            existing = await db.Set<Firm>().FirstOrDefaultAsync(f => f.Id == own && f.TaxNumber == null, cancellationToken);
        }

        if (existing is not null && await db.Set<Participation>().AnyAsync(p => p.EventId == eventId && p.FirmId == existing.Id, cancellationToken))
        {
            errors.Add(Refusal.AtField(nameof(input.TaxNumber), AlreadyRegistered(input.TaxNumber)));
        }
        else if (existing is not null && (signedInId is null || existing.Id != ownFirmId && !await access.IsFirmUserAsync(user, existing.Id, cancellationToken)))
        {
            errors.Add(Refusal.AtField(nameof(input.TaxNumber), l["A firm with the tax number {0} took part before. Its contact person signs in to register it again, with its details filled in.", input.TaxNumber ?? ""]));
        }
        else if (existing is null && ownFirmId is not null)
        {
            errors.Add(Refusal.AtField("", l["You are signed in as the contact of another firm. Sign out to register a new firm."]));
        }
        return (existing, errors);
    }

    private string AlreadyRegistered(string? taxNumber) =>
        l["The firm with the tax number {0} is already registered for this event.", taxNumber ?? ""];

    private void Require(List<Refusal> errors, string? value, string field, string name)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors.Add(Refusal.AtField(field, l["{0} is required.", name]));
        }
    }

    private async Task<(AccountInfo? Contact, List<Refusal> Errors)> NewContactAsync(RegisterFirmInput input, CancellationToken cancellationToken)
    {
        var created = await accounts.CreateFirmContactAsync(input.ContactEmail!, input.ContactFullName!, input.ContactPassword!, cancellationToken);
        return (created.Account, created.Errors.Select(e => Refusal.AtField(
            e.AboutPassword ? nameof(input.ContactPassword) : nameof(input.ContactEmail), e.Description)).ToList());
    }
}
