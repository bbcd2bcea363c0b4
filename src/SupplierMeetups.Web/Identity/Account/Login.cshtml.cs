using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using SupplierMeetups.Web.Platform.Http;
using SupplierMeetups.Web.Platform.Localization;
using SupplierMeetups.Web.Platform.RateLimiting;

namespace SupplierMeetups.Web.Identity.Account;

[EnableRateLimiting(RateLimitPolicies.SignIn)]
[AllowAnonymous]
public sealed class LoginModel(SignInManager<AppUser> signIn, IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty]
    public LoginInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var result = await signIn.PasswordSignInAsync(Input.Email.Trim(), Input.Password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/");
        }
        if (result.RequiresTwoFactor)
        {
            return LocalRedirect("/account/login/two-factor" + (Url.IsLocalUrl(ReturnUrl) ? "?returnUrl=" + Uri.EscapeDataString(ReturnUrl) : ""));
        }
        ModelState.AddModelError(string.Empty, result.IsLockedOut
            ? l["Too many failed attempts: the account is locked for a while."]
            : result.IsNotAllowed ? l["Please confirm your e-mail address first."] : l["The e-mail address or password is wrong."]);
        return Page();
    }

    public sealed class LoginInput
    {
        [Required(ErrorMessage = ValidationMessages.Required), EmailAddress(ErrorMessage = ValidationMessages.Email), Display(Name = "E-mail")]
        public string Email { get; set; } = "";

        [Required(ErrorMessage = ValidationMessages.Required), DataType(DataType.Password), Display(Name = "Password")]
        public string Password { get; set; } = "";
    }
}
