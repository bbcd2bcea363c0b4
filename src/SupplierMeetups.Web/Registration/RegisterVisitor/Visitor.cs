using System.Text.Json.Serialization;
using SupplierMeetups.Web.Registration.PersonalData;

namespace SupplierMeetups.Web.Registration.RegisterVisitor;

/// <summary>Sent by name in the API ("NationalId", "Passport").</summary>
[JsonConverter(typeof(JsonStringEnumConverter<IdentityDocumentKind>))]
public enum IdentityDocumentKind
{
    NationalId,
    Passport,
}

/// <summary>Where the visitor's badge stands; the PDF itself comes with the badge printing work.</summary>
public enum BadgeStatus
{
    /// <summary>Registered, e-mail not confirmed yet: no badge.</summary>
    AwaitingConfirmation,
    Preparing,
    Ready,
    /// <summary>The visitor's data was erased; the registration still counts in the figures.</summary>
    Withdrawn,
}

/// <summary>A person who registered to visit an event (no firm, no account needed).</summary>
public sealed class Visitor
{
    public const string ErasedName = ErasedPerson.Name;

    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid EventId { get; set; }
    public string FullName { get; set; } = "";
    public string Organization { get; set; } = "";
    public string? Title { get; set; }
    public string Email { get; set; } = "";

    /// <summary>Upper-cased invariantly: one registration per e-mail and event.</summary>
    public string NormalizedEmail { get; set; } = "";
    public string? Phone { get; set; }

    /// <summary>Where the visitor comes from, as typed (walk-in registration asks for it).</summary>
    public string? Country { get; set; }

    /// <summary>
    /// The visitor agreed, separately from the registration's consent, that exhibitors who scan their badge at a
    /// booth receive their name, organization, e-mail and phone (a lead).
    /// </summary>
    public bool ShareContact { get; set; }

    /// <summary>The short code of the confirmation e-mail (also its QR) that prints the badge at a kiosk; null for rows from before kiosks.</summary>
    public string? KioskCode { get; set; }

    /// <summary>Registered at a kiosk at the venue rather than online.</summary>
    public bool WalkIn { get; set; }
    public IdentityDocumentKind? IdentityKind { get; set; }

    /// <summary>The national ID or passport number, encrypted with Data Protection; never stored or logged in clear.</summary>
    public string? ProtectedIdentityNumber { get; set; }

    /// <summary>"tr" or "en": the language of the e-mails this person receives.</summary>
    public string Language { get; set; } = "tr";
    public DateTimeOffset RegisteredAt { get; set; }
    public DateTimeOffset? ConfirmedAt { get; set; }
    public BadgeStatus BadgeStatus { get; set; } = BadgeStatus.AwaitingConfirmation;
    public DateTimeOffset? ErasedAt { get; set; }

    public bool IsErased => ErasedAt is not null;

    public static string Normalize(string email) => email.Trim().ToUpperInvariant();

    public void Confirm(DateTimeOffset now)
    {
        if (ConfirmedAt is not null || IsErased)
        {
            return;
        }
        ConfirmedAt = now;
        BadgeStatus = BadgeStatus.Preparing;
    }

    /// <summary>Anonymizes the personal fields; the row stays so that the event's visitor count stays right.</summary>
    public void Erase(DateTimeOffset now)
    {
        FullName = ErasedName;
        Organization = "";
        Title = null;
        Email = ErasedPerson.Email(Id);
        NormalizedEmail = Normalize(Email);
        Phone = null;
        Country = null;
        ShareContact = false;
        KioskCode = null;
        IdentityKind = null;
        ProtectedIdentityNumber = null;
        BadgeStatus = BadgeStatus.Withdrawn;
        ErasedAt = now;
    }
}

/// <summary>The event's rules for visitors, set by organizers.</summary>
public sealed class VisitorSettings
{
    public Guid EventId { get; set; }

    /// <summary>Security asks for a national ID (T.C. kimlik no) or passport number at registration.</summary>
    public bool RequireIdentityNumber { get; set; }
}
