namespace SupplierMeetups.Web.Platform.Security;

public static class Roles
{
    public const string Organizer = nameof(Organizer);
    public const string Prime = nameof(Prime);
    public const string Supplier = nameof(Supplier);
    public const string Visitor = nameof(Visitor);
    /// <summary>Door staff: scans badges at check-in.</summary>
    public const string Staff = nameof(Staff);

    public static readonly string[] All = [Organizer, Prime, Supplier, Visitor, Staff];
}
