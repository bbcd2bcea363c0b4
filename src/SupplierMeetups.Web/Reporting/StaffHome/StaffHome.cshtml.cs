using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SupplierMeetups.Web.Platform.Security;

namespace SupplierMeetups.Web.Reporting.StaffHome;

/// <summary>Door staff's home until the check-in pages exist: what they will do there.</summary>
[Authorize(Roles = Roles.Staff + "," + Roles.Organizer)]
public sealed class StaffHomeModel : PageModel
{
    public void OnGet()
    {
    }
}
