using System.Globalization;
using System.Security.Claims;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SupplierMeetups.Web.Badges.Contracts;
using SupplierMeetups.Web.Platform.Localization;
using SupplierMeetups.Web.Platform.Messaging;
using SupplierMeetups.Web.Platform.Persistence;
using SupplierMeetups.Web.Platform.Refusals;
using SupplierMeetups.Web.Platform.Security;
using SupplierMeetups.Web.Registration.Contracts;

namespace SupplierMeetups.Web.CheckIn.Leads;

/// <summary>A lead as the exhibitor reads it; <see cref="New"/> is false when the badge had been scanned before.</summary>
public sealed record LeadResponse(Guid Id, string FullName, string Organization, string Email, string? Phone, string Note, DateTimeOffset CapturedAt, string CapturedBy, bool New)
{
    public static LeadResponse Of(Lead lead, bool isNew = false) =>
        new(lead.Id, lead.FullName, lead.Organization, lead.Email, lead.Phone, lead.Note, lead.CapturedAt, lead.CapturedBy, isNew);
}

/// <summary>
/// An exhibiting firm's leads: its people (the firm's contact account of an approved participation) scan a visitor's
/// badge at the booth and keep a note. Only visitors who agreed at registration to share their contact become leads.
/// </summary>
public sealed class LeadBook(AppDbContext db, IDoorBadges badges, IVisitorContacts contacts, IParticipantFirms firms, TimeProvider clock, IStringLocalizer<SharedResource> l)
{
    /// <summary>The user's approved firm in the event, or a 403 refusal.</summary>
    public async Task<Outcome<ParticipantFirm>> FirmOfAsync(Guid eventId, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var firm = SignedInUser.IdOf(user) is { } userId ? await firms.OfContactAsync(eventId, userId, cancellationToken) : null;
        return firm is { Status: ParticipationStatus.Approved }
            ? firm
            : new Refusal(l["Leads are for the approved firms of the event: your account is not the contact of one."], StatusCodes.Status403Forbidden);
    }

    public async Task<Outcome<LeadResponse>> CaptureAsync(Guid eventId, ClaimsPrincipal user, string? token, string? note, CancellationToken cancellationToken)
    {
        var found = await FirmOfAsync(eventId, user, cancellationToken);
        if (found.Refusal is { } refusal)
        {
            return refusal;
        }
        var firm = found.Value!;
        var badge = badges.VerifyToken(token) is { } badgeId ? await badges.FindAsync(badgeId, cancellationToken) : null;
        if (badge is null || badge.EventId != eventId || badge.IsRevoked)
        {
            return Refusal.AtField("Token", l["This is not a valid badge of this event."]);
        }
        if (badge.HolderKind != BadgeHolderKinds.Visitor)
        {
            return new Refusal(l["Only visitors' badges make leads."], StatusCodes.Status422UnprocessableEntity);
        }
        var existing = await db.Set<Lead>().SingleOrDefaultAsync(x => x.ParticipationId == firm.ParticipationId && x.VisitorId == badge.HolderId, cancellationToken);
        if (existing is not null)
        {
            if (!string.IsNullOrWhiteSpace(note))
            {
                existing.Note = Bound(note);
                existing.NoteChangedAt = clock.GetUtcNow();
                await db.SaveChangesAsync(cancellationToken);
            }
            return LeadResponse.Of(existing);
        }
        if (await contacts.SharedWithExhibitorsAsync(eventId, badge.HolderId, cancellationToken) is not { } contact)
        {
            return new Refusal(l["This visitor did not agree to share their contact details with exhibitors."], StatusCodes.Status422UnprocessableEntity);
        }
        var lead = new Lead
        {
            EventId = eventId, ParticipationId = firm.ParticipationId, VisitorId = contact.VisitorId, BadgeId = badge.Id,
            FullName = contact.FullName, Organization = contact.Organization, Email = contact.Email, Phone = contact.Phone,
            Note = Bound(note), CapturedAt = clock.GetUtcNow(), CapturedBy = user.Identity?.Name ?? "",
        };
        db.Add(lead);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Two of the firm's devices scanned the same visitor at the same instant: the unique index kept one lead.
            db.ChangeTracker.Clear();
            var winner = await db.Set<Lead>().AsNoTracking().SingleAsync(x => x.ParticipationId == firm.ParticipationId && x.VisitorId == badge.HolderId, cancellationToken);
            return LeadResponse.Of(winner);
        }
        return LeadResponse.Of(lead, isNew: true);
    }

    public async Task<Outcome<LeadResponse>> NoteAsync(Guid eventId, ClaimsPrincipal user, Guid leadId, string? note, CancellationToken cancellationToken)
    {
        var found = await FirmOfAsync(eventId, user, cancellationToken);
        if (found.Refusal is { } refusal)
        {
            return refusal;
        }
        var lead = await db.Set<Lead>().SingleOrDefaultAsync(x => x.Id == leadId && x.ParticipationId == found.Value!.ParticipationId, cancellationToken);
        if (lead is null)
        {
            return new Refusal(l["There is no such lead."], StatusCodes.Status404NotFound);
        }
        lead.Note = Bound(note);
        lead.NoteChangedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        return LeadResponse.Of(lead);
    }

    public async Task<IReadOnlyList<LeadResponse>> ListAsync(Guid participationId, CancellationToken cancellationToken)
    {
        var leads = await db.Set<Lead>().AsNoTracking().Where(x => x.ParticipationId == participationId).ToListAsync(cancellationToken);
        return leads.OrderByDescending(x => x.CapturedAt).Select(x => LeadResponse.Of(x)).ToList();
    }

    /// <summary>The leads as CSV (UTF-8 with BOM for spreadsheets; cells that a spreadsheet would run as a formula are quoted with a leading apostrophe).</summary>
    public async Task<byte[]> CsvAsync(Guid participationId, CancellationToken cancellationToken)
    {
        var text = new StringBuilder();
        text.Append(string.Join(';', new[] { l["Name"].Value, l["Organization"].Value, l["E-mail"].Value, l["Phone"].Value, l["Note"].Value, l["Scanned at"].Value, l["Scanned by"].Value }.Select(Cell))).Append("\r\n");
        foreach (var lead in await ListAsync(participationId, cancellationToken))
        {
            text.Append(string.Join(';', new[]
            {
                lead.FullName, lead.Organization, lead.Email, lead.Phone ?? "", lead.Note,
                lead.CapturedAt.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture), lead.CapturedBy,
            }.Select(Cell))).Append("\r\n");
        }
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }

    private static string Cell(string value)
    {
        var safe = value.Length > 0 && "=+-@\t\r".Contains(value[0], StringComparison.Ordinal) ? "'" + value : value;
        return "\"" + safe.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }

    private static string Bound(string? note)
    {
        var trimmed = (note ?? "").Trim();
        return trimmed.Length > Lead.NoteMaxLength ? trimmed[..Lead.NoteMaxLength] : trimmed;
    }
}

/// <summary>An erased visitor's leads go, in the same save as the erasure: the consent text promises it.</summary>
internal sealed class ErasedPersonLeads(AppDbContext db) : IModuleEventHandler<PersonErased>
{
    public async Task HandleAsync(PersonErased erased, CancellationToken cancellationToken)
    {
        foreach (var lead in await db.Set<Lead>().Where(x => x.VisitorId == erased.PersonId).ToListAsync(cancellationToken))
        {
            db.Remove(lead);
        }
    }
}
