using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using SupplierMeetups.Web.Platform.Http;
using SupplierMeetups.Web.Platform.Localization;
using SupplierMeetups.Web.Platform.Security;

namespace SupplierMeetups.Web.Identity.TwoFactor;

/// <summary>Sets up sign-in with an authenticator app: a QR code and the secret as text, a code to prove it, recovery codes once.</summary>
[Authorize]
public sealed class TwoFactorSetupModel(UserManager<AppUser> users, SignInManager<AppUser> signIn, TwoFactorSignIn twoFactor, IStringLocalizer<SharedResource> l) : PageModel
{
    private const string Issuer = "SupplierMeetups";

    [BindProperty, Required(ErrorMessage = ValidationMessages.Required), StringLength(10, ErrorMessage = ValidationMessages.MaxLength), Display(Name = "Code from the app")]
    public string Code { get; set; } = "";

    public bool Enabled { get; private set; }
    public bool IsRequired { get; private set; }
    public string? Secret { get; private set; }
    public string? QrCode { get; private set; }
    public IReadOnlyList<string>? RecoveryCodes { get; private set; }

    public async Task<IActionResult> OnGetAsync() => await LoadAsync() is null ? Challenge() : Page();

    public async Task<IActionResult> OnPostEnableAsync()
    {
        if (await LoadAsync() is not { } user)
        {
            return Challenge();
        }
        if (Enabled)
        {
            return RedirectToPage();
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        if (!await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, TwoFactorSignIn.Normalize(Code)))
        {
            ModelState.AddModelError(nameof(Code), l["The code is wrong: check the time on your phone and type the newest code."]);
            return Page();
        }
        await users.SetTwoFactorEnabledAsync(user, true);
        RecoveryCodes = (await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 10))!.ToList();
        // Enabling changed the security stamp; the new cookie says this sign-in passed the second step.
        await signIn.SignInWithClaimsAsync(user, isPersistent: false, [new Claim("amr", "mfa")]);
        Enabled = true;
        return Page();
    }

    public async Task<IActionResult> OnPostDisableAsync()
    {
        if (await LoadAsync() is not { } user)
        {
            return Challenge();
        }
        if (IsRequired)
        {
            return Forbid();
        }
        await users.SetTwoFactorEnabledAsync(user, false);
        await users.ResetAuthenticatorKeyAsync(user);
        await signIn.RefreshSignInAsync(user);
        return RedirectToPage();
    }

    private async Task<AppUser?> LoadAsync()
    {
        if (SignedInUser.IdOf(User) is not { } id || await users.FindByIdAsync(id.ToString()) is not { } user)
        {
            return null;
        }
        Enabled = await users.GetTwoFactorEnabledAsync(user);
        IsRequired = await twoFactor.IsRequiredAsync(user);
        if (!Enabled)
        {
            var key = await users.GetAuthenticatorKeyAsync(user);
            if (string.IsNullOrEmpty(key))
            {
                await users.ResetAuthenticatorKeyAsync(user);
                key = await users.GetAuthenticatorKeyAsync(user);
            }
            Secret = key;
            var uri = $"otpauth://totp/{Uri.EscapeDataString(Issuer)}:{Uri.EscapeDataString(user.Email!)}?secret={key}&issuer={Uri.EscapeDataString(Issuer)}&digits=6";
            QrCode = QrSvg.Draw(uri, l["QR code for the authenticator app"]);
        }
        return user;
    }
}
