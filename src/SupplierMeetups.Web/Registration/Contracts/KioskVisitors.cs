using SupplierMeetups.Web.Platform.Refusals;

namespace SupplierMeetups.Web.Registration.Contracts;

/// <summary>A visitor as a kiosk at the venue sees them.</summary>
public sealed record KioskVisitor(Guid VisitorId, Guid EventId, string FullName, string Organization, string Language);

/// <summary>What a walk-in visitor types at the kiosk; the consent is the event's current notice in the kiosk's language.</summary>
public sealed record WalkIn(
    string FullName, string Organization, string Email, string? Country, string? Phone, bool AcceptConsent, bool ShareContact, Guid? ConsentTextId);

/// <summary>The event's current personal data notice, as a form shows it.</summary>
public sealed record ConsentNotice(Guid Id, string Language, int Version, string Text);

/// <summary>Visitors at a self-service kiosk: found by their confirmation e-mail's code, or registered on the spot.</summary>
public interface IKioskVisitors
{
    /// <summary>
    /// The visitor whose confirmation e-mail carries the code: typed with the e-mail address, or scanned alone from the
    /// e-mail's QR code (<paramref name="email"/> null). Knowing the code proves the address, so a visitor who never
    /// clicked the link is confirmed now (which issues the badge). Null when nothing matches.
    /// </summary>
    Task<KioskVisitor?> RedeemCodeAsync(Guid eventId, string? email, string code, CancellationToken cancellationToken);

    /// <summary>Registers and confirms a walk-in visitor in one save, issuing the badge; refusals name the field at fault.</summary>
    Task<Outcome<KioskVisitor>> RegisterWalkInAsync(Guid eventId, WalkIn walkIn, string? ip, CancellationToken cancellationToken);

    Task<ConsentNotice?> ConsentNoticeAsync(Guid eventId, string language, CancellationToken cancellationToken);
}

/// <summary>A visitor's contact details as they agreed to share them with exhibitors who scan their badge.</summary>
public sealed record SharedContact(Guid VisitorId, string FullName, string Organization, string Email, string? Phone);

/// <summary>People's contact details for other modules, only as far as the person agreed.</summary>
public interface IVisitorContacts
{
    /// <summary>The visitor's contact when they agreed at registration to share it with exhibitors; null otherwise (or erased).</summary>
    Task<SharedContact?> SharedWithExhibitorsAsync(Guid eventId, Guid visitorId, CancellationToken cancellationToken);

    /// <summary>The ids of the event's visitors and firm representatives whose e-mail address contains the text, Turkish-folded.</summary>
    Task<IReadOnlyList<Guid>> WithEmailContainingAsync(Guid eventId, string text, int limit, CancellationToken cancellationToken);
}
