using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SupplierMeetups.Web.Events.Contracts;
using SupplierMeetups.Web.Identity.Contracts;
using SupplierMeetups.Web.Platform.Audit;
using SupplierMeetups.Web.Platform.Email;
using SupplierMeetups.Web.Platform.Http;
using SupplierMeetups.Web.Platform.Persistence;
using SupplierMeetups.Web.Platform.Refusals;
using SupplierMeetups.Web.Platform.Security;

namespace SupplierMeetups.Web.Registration.RegisterFirm;

/// <summary>The prime contractor to invite: its firm profile and the contact person who gets the account.</summary>
public sealed class PrimeInviteInput : FirmProfileInput
{
    /// <summary>The contact person at the prime: their account (role Prime) is created, or kept when the address has one.</summary>
    [Required(ErrorMessage = ValidationMessages.Required), StringLength(200, ErrorMessage = ValidationMessages.MaxLength), Display(Name = "Contact person's full name")]
    public string ContactFullName { get; set; } = "";

    /// <summary>The contact's address: the invitation with the link to set a password goes there.</summary>

    [Required(ErrorMessage = ValidationMessages.Required), EmailAddress(ErrorMessage = ValidationMessages.Email), StringLength(200, ErrorMessage = ValidationMessages.MaxLength), Display(Name = "Contact person's e-mail")]
    public string ContactEmail { get; set; } = "";

    /// <summary>The language of the invitation e-mail and of the new account: "tr" (default) or "en".</summary>
    [Display(Name = "Contact's language")]
    public string Language { get; set; } = "tr";
}

/// <summary>The prime's approved participation and its firm; <see cref="AlreadyInvited"/>: an earlier invitation made them.</summary>
public sealed record PrimeInvitation(Participation Participation, Firm Firm, bool AlreadyInvited);

/// <summary>
/// Prime contractors take part by invitation: an organizer creates the firm's participation, approved, and the
/// contact gets (or keeps) a Prime account with a link to set the password, all in one transaction.
/// </summary>
public sealed class PrimeInvitations(
    AppDbContext db, IAccountCommands accounts, IAccountQueries accountQueries, IEventQueries events, AuditLog audit, TimeProvider clock,
    IStringLocalizer<SharedResource> l)
{
    /// <summary>
    /// The approved participation, or why nothing was invited (at "TaxNumber" or "ContactEmail"). The same invitation
    /// again (the same firm, as a prime, with the same contact: a double click, a retried request) answers the first
    /// one's participation and changes nothing.
    /// </summary>
    public async Task<Outcome<PrimeInvitation>> InviteAsync(Guid eventId, PrimeInviteInput input, CancellationToken cancellationToken)
    {
        if (!await events.ExistsAsync(eventId, cancellationToken))
        {
            return new Refusal(l["There is no such event."], StatusCodes.Status404NotFound);
        }
        await using var transaction = await db.BeginWriteAsync(cancellationToken);
        // The same invitation sent twice at once: the second waits here, then finds the first one's participation.
        await db.LockKeyAsync($"prime-invitation:{eventId}", cancellationToken);
        if (await EarlierAsync(eventId, input, cancellationToken) is { } earlier)
        {
            return earlier;
        }
        var vkn = input.IsTurkish ? input.TaxNumber?.Trim() : null;
        var firm = vkn is null ? null : await db.Set<Firm>().FirstOrDefaultAsync(f => f.TaxNumber == vkn, cancellationToken);
        if (firm is not null && await db.Set<Participation>().AnyAsync(p => p.EventId == eventId && p.FirmId == firm.Id, cancellationToken))
        {
            return Refusal.AtField(nameof(input.TaxNumber), l["The firm with the tax number {0} is already registered for this event.", vkn ?? ""]);
        }
        var invited = await accounts.InviteAsync(input.ContactEmail, input.ContactFullName, input.Language, Roles.Prime, EmailKind.PrimeInvitation, cancellationToken);
        if (invited.Account is not { } contact)
        {
            await transaction.RollbackAsync(cancellationToken);
            db.ChangeTracker.Clear();
            return Refusal.Of([.. invited.Errors.Select(e => Refusal.AtField(nameof(input.ContactEmail), e.Description))])!;
        }
        if (invited.RoleGranted)
        {
            // Saved with the participation inside this transaction, as the role it records.
            await audit.RecordAsync(AuditActions.RoleGranted, "user", contact.Id, eventId, Roles.Prime, cancellationToken);
        }
        if (firm is null)
        {
            firm = new Firm();
            db.Add(firm);
        }
        input.ApplyTo(firm);
        var participation = new Participation
        {
            EventId = eventId, FirmId = firm.Id, Type = ParticipationType.Prime, Status = ParticipationStatus.Approved,
            ContactUserId = contact.Id, RegisteredAt = clock.GetUtcNow(), ReviewedAt = clock.GetUtcNow(),
        };
        db.Add(participation);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new PrimeInvitation(participation, firm, AlreadyInvited: false);
    }

    /// <summary>
    /// The event's prime participation this invitation already made: the firm of the tax number (a foreign firm: of the
    /// legal name) taking part as a prime, with the invited address as its contact.
    /// </summary>
    private async Task<PrimeInvitation?> EarlierAsync(Guid eventId, PrimeInviteInput input, CancellationToken cancellationToken)
    {
        var vkn = input.IsTurkish ? input.TaxNumber?.Trim() : null;
        var legalName = input.LegalName.Trim();
        var candidates = await (
            from p in db.Set<Participation>()
            join f in db.Set<Firm>() on p.FirmId equals f.Id
            where p.EventId == eventId && p.Type == ParticipationType.Prime && p.ContactUserId != null
                && (vkn != null ? f.TaxNumber == vkn : f.TaxNumber == null && f.LegalName == legalName)
            select new { Participation = p, Firm = f }).ToListAsync(cancellationToken);
        foreach (var candidate in candidates)
        {
            if (await accountQueries.FindAsync(candidate.Participation.ContactUserId!.Value, cancellationToken) is { } contact
                && string.Equals(contact.Email.Trim(), input.ContactEmail.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                return new PrimeInvitation(candidate.Participation, candidate.Firm, AlreadyInvited: true);
            }
        }
        return null;
    }

    public Task<bool> EventExistsAsync(Guid eventId, CancellationToken cancellationToken) =>
        events.ExistsAsync(eventId, cancellationToken);
}
