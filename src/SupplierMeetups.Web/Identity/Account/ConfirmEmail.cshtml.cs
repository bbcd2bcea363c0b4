using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace SupplierMeetups.Web.Identity.Account;

[AllowAnonymous]
public sealed class ConfirmEmailModel(AccountService accounts) : PageModel
{
    public bool Confirmed { get; private set; }

    public async Task OnGetAsync(string? userId, string? code) =>
        Confirmed = userId is not null && code is not null && (await accounts.ConfirmEmailAsync(userId, code)).Succeeded;
}
