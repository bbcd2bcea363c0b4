using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using SupplierMeetups.Web.Platform.Http;
using SupplierMeetups.Web.Platform.Localization;
using SupplierMeetups.Web.Platform.RateLimiting;
using SupplierMeetups.Web.Platform.Security;

namespace SupplierMeetups.Web.Identity.Account;

[EnableRateLimiting(RateLimitPolicies.Registration)]
[AllowAnonymous]
public sealed class RegisterModel(AccountService accounts) : PageModel
{
    [BindProperty]
    public RegisterInput Input { get; set; } = new();

    public bool Done { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var (result, _) = await accounts.RegisterAsync(new NewAccount(Input.Email, Input.Password, Input.FullName, LanguageOf.Current), Roles.Visitor, cancellationToken);
        foreach (var error in result.Errors)
        {
            ModelState.AddModelError(error.Code.Contains("Password", StringComparison.Ordinal) ? "Input.Password" : "Input.Email", error.Description);
        }
        Done = result.Succeeded;
        return Page();
    }

    public sealed class RegisterInput
    {
        [Required(ErrorMessage = ValidationMessages.Required), StringLength(200, ErrorMessage = ValidationMessages.MaxLength), Display(Name = "Full name")]
        public string FullName { get; set; } = "";

        [Required(ErrorMessage = ValidationMessages.Required), EmailAddress(ErrorMessage = ValidationMessages.Email), StringLength(200, ErrorMessage = ValidationMessages.MaxLength), Display(Name = "E-mail")]
        public string Email { get; set; } = "";

        [Required(ErrorMessage = ValidationMessages.Required), StringLength(100, ErrorMessage = ValidationMessages.MaxLength), DataType(DataType.Password), Display(Name = "Password")]
        public string Password { get; set; } = "";
    }
}
