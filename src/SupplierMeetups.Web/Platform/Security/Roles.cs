namespace SupplierMeetups.Web.Platform.Security;

public static class Roles
{
    public const string Organizer = nameof(Organizer);
    public const string Prime = nameof(Prime);
    public const string Supplier = nameof(Supplier);
    public const string Visitor = nameof(Visitor);
    /// <summary>Door staff: scans badges at check-in.</summary>
    public const string Staff = nameof(Staff);
    /// <summary>A self-service kiosk at the venue: its account reaches the kiosk pages and nothing else.</summary>
    public const string Kiosk = nameof(Kiosk);

    public static readonly string[] All = [Organizer, Prime, Supplier, Visitor, Staff, Kiosk];
}
