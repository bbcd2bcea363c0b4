using Microsoft.AspNetCore.Identity;

namespace SupplierMeetups.Web.Identity;

public sealed class AppUser : IdentityUser<Guid>
{
    public string FullName { get; set; } = "";

    /// <summary>"tr" or "en": the language of the e-mails and documents this person receives.</summary>
    public string PreferredLanguage { get; set; } = "tr";
}
