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

public sealed class PrimeInviteInput : FirmProfileInput
{
    [Required(ErrorMessage = ValidationMessages.Required), StringLength(200, ErrorMessage = ValidationMessages.MaxLength), Display(Name = "Contact person's full name")]
    public string ContactFullName { get; set; } = "";

    [Required(ErrorMessage = ValidationMessages.Required), EmailAddress(ErrorMessage = ValidationMessages.Email), StringLength(200, ErrorMessage = ValidationMessages.MaxLength), Display(Name = "Contact person's e-mail")]
    public string ContactEmail { get; set; } = "";

    [Display(Name = "Contact's language")]
    public string Language { get; set; } = "tr";
}

/// <summary>
/// Prime contractors take part by invitation: an organizer creates the firm's participation, approved, and the
/// contact gets (or keeps) a Prime account with a link to set the password, all in one transaction.
/// </summary>
public sealed class PrimeInvitations(
    AppDbContext db, IAccountCommands accounts, IEventQueries events, AuditLog audit, TimeProvider clock, IStringLocalizer<SharedResource> l)
{
    /// <summary>The approved participation, or why nothing was invited (at "TaxNumber" or "ContactEmail").</summary>
    public async Task<Outcome<Participation>> InviteAsync(Guid eventId, PrimeInviteInput input, CancellationToken cancellationToken)
    {
        var vkn = input.IsTurkish ? input.TaxNumber?.Trim() : null;
        var firm = vkn is null ? null : await db.Set<Firm>().FirstOrDefaultAsync(f => f.TaxNumber == vkn, cancellationToken);
        if (firm is not null && await db.Set<Participation>().AnyAsync(p => p.EventId == eventId && p.FirmId == firm.Id, cancellationToken))
        {
            return Refusal.AtField(nameof(input.TaxNumber), l["The firm with the tax number {0} is already registered for this event.", vkn ?? ""]);
        }
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
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
        return participation;
    }

    public Task<bool> EventExistsAsync(Guid eventId, CancellationToken cancellationToken) =>
        events.ExistsAsync(eventId, cancellationToken);
}
