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

[EnableRateLimiting(RateLimitPolicies.PasswordReset)]
[AllowAnonymous]
public sealed class ForgotPasswordModel(UserManager<AppUser> users, AccountService accounts, MailboxRateLimiter mailboxes, IStringLocalizer<SharedResource> l) : PageModel
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
        if (mailboxes.TryAcquire(Email) is { } wait)
        {
            var seconds = TooManyRequests.Seconds(wait);
            Response.StatusCode = StatusCodes.Status429TooManyRequests;
            TooManyRequests.SetRetryAfter(Response, seconds);
            ModelState.AddModelError(string.Empty, TooManyRequests.Message(l, seconds));
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
