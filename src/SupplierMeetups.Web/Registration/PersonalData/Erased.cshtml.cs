using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace SupplierMeetups.Web.Registration.PersonalData;

/// <summary>Where a contact lands after erasing their own account: they are signed out by then, so anyone may see it.</summary>
[AllowAnonymous]
public sealed class ErasedModel : PageModel
{
    public void OnGet()
    {
    }
}
