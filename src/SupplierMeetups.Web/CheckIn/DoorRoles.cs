using SupplierMeetups.Web.Platform.Security;

namespace SupplierMeetups.Web.CheckIn;

internal static class DoorRoles
{
    /// <summary>Who scans at the door: door staff, and organizers standing in for them.</summary>
    public const string Scanners = Roles.Staff + "," + Roles.Organizer;
}
