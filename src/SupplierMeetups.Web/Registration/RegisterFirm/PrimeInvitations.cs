using System.ComponentModel.DataAnnotations;
using System.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SupplierMeetups.Web.Events;
using SupplierMeetups.Web.Identity;
using SupplierMeetups.Web.Platform.Audit;
using SupplierMeetups.Web.Platform.Email;
using SupplierMeetups.Web.Platform.Http;
using SupplierMeetups.Web.Platform.Persistence;
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
    AppDbContext db, UserManager<AppUser> users, EmailOutbox outbox, AccountEmails emails, AuditLog audit, TimeProvider clock, IStringLocalizer<SharedResource> l)
{
    public async Task<(Participation? Participation, IReadOnlyList<FieldError> Errors)> InviteAsync(Guid eventId, PrimeInviteInput input, CancellationToken cancellationToken)
    {
        var vkn = input.IsTurkish ? input.TaxNumber?.Trim() : null;
        var firm = vkn is null ? null : await db.Set<Firm>().FirstOrDefaultAsync(f => f.TaxNumber == vkn, cancellationToken);
        if (firm is not null && await db.Set<Participation>().AnyAsync(p => p.EventId == eventId && p.FirmId == firm.Id, cancellationToken))
        {
            return (null, [new FieldError(nameof(input.TaxNumber), l["The firm with the tax number {0} is already registered for this event.", vkn ?? ""])]);
        }
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var contact = await users.FindByEmailAsync(input.ContactEmail.Trim());
        var result = IdentityResult.Success;
        if (contact is null)
        {
            contact = new AppUser { UserName = input.ContactEmail.Trim(), Email = input.ContactEmail.Trim(), FullName = input.ContactFullName.Trim(), PreferredLanguage = input.Language == "en" ? "en" : "tr" };
            result = await users.CreateAsync(contact);
            if (result.Succeeded)
            {
                var code = WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(await users.GeneratePasswordResetTokenAsync(contact)));
                outbox.Add(contact.Email!, contact.FullName, emails.PasswordReset(contact, code), EmailKind.PrimeInvitation, contact.PreferredLanguage);
            }
        }
        if (result.Succeeded && !await users.IsInRoleAsync(contact, Roles.Prime))
        {
            // Tracked now, saved by the role change's own save inside this transaction.
            await audit.RecordAsync(AuditActions.RoleGranted, "user", contact.Id, eventId, Roles.Prime, cancellationToken);
            result = await users.AddToRoleAsync(contact, Roles.Prime);
        }
        if (!result.Succeeded)
        {
            await transaction.RollbackAsync(cancellationToken);
            db.ChangeTracker.Clear();
            return (null, result.Errors.Select(e => new FieldError(nameof(input.ContactEmail), e.Description)).ToList());
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
        return (participation, []);
    }

    public Task<bool> EventExistsAsync(Guid eventId, CancellationToken cancellationToken) =>
        db.Set<Event>().AnyAsync(e => e.Id == eventId, cancellationToken);
}
