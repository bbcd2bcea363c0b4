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

namespace SupplierMeetups.Web.Identity.TwoFactor;

/// <summary>The second step of a page sign-in: after the right password, a code from the app or a recovery code.</summary>
[EnableRateLimiting(RateLimitPolicies.SignIn)]
[AllowAnonymous]
public sealed class LoginTwoFactorModel(SignInManager<AppUser> signIn, IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty, StringLength(10, ErrorMessage = ValidationMessages.MaxLength), Display(Name = "Code from the app")]
    public string? Code { get; set; }

    [BindProperty, StringLength(20, ErrorMessage = ValidationMessages.MaxLength), Display(Name = "Or a recovery code")]
    public string? RecoveryCode { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public async Task<IActionResult> OnGetAsync() =>
        await signIn.GetTwoFactorAuthenticationUserAsync() is null ? LocalRedirect("/account/login") : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        if (await signIn.GetTwoFactorAuthenticationUserAsync() is null)
        {
            return LocalRedirect("/account/login");
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var result = !string.IsNullOrWhiteSpace(RecoveryCode)
            ? await signIn.TwoFactorRecoveryCodeSignInAsync(RecoveryCode.Replace(" ", "", StringComparison.Ordinal).Trim())
            : await signIn.TwoFactorAuthenticatorSignInAsync(TwoFactorSignIn.Normalize(Code ?? ""), isPersistent: false, rememberClient: false);
        if (result.Succeeded)
        {
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/");
        }
        ModelState.AddModelError(string.Empty, result.IsLockedOut
            ? l["Too many failed attempts: the account is locked for a while."]
            : l["The two-factor code or recovery code is wrong."]);
        return Page();
    }
}
