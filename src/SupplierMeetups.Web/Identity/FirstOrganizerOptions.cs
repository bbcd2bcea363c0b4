namespace SupplierMeetups.Web.Identity;

/// <summary>The organizer account created on first start (<c>Identity:FirstOrganizer</c>).</summary>
public sealed class FirstOrganizerOptions
{
    public const string Section = "Identity:FirstOrganizer";

    public string? Email { get; set; }
    public string? FullName { get; set; }

    /// <summary>Only Development configuration ships one; elsewhere the organizer sets it through a reset e-mail.</summary>
    public string? Password { get; set; }
}
