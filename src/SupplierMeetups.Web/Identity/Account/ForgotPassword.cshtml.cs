using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SupplierMeetups.Web.Platform.Http;

namespace SupplierMeetups.Web.Identity.Account;

[AllowAnonymous]
public sealed class ForgotPasswordModel(UserManager<AppUser> users, AccountService accounts) : PageModel
{
    [BindProperty, Required(ErrorMessage = ValidationMessages.Required), EmailAddress(ErrorMessage = ValidationMessages.Email), Display(Name = "E-mail")]
    public string Email { get; set; } = "";

    public bool Sent { get; private set; }

    public void OnGet()
    {
    }

    /// <summary>Says the same whether or not the address is known, so that it cannot be used to find accounts.</summary>
    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }
        if (await users.FindByEmailAsync(Email.Trim()) is { } user)
        {
            await accounts.SendPasswordResetAsync(user, cancellationToken);
        }
        Sent = true;
        return Page();
    }
}
