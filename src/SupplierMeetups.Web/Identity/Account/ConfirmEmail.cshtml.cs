using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace SupplierMeetups.Web.Identity.Account;

/// <summary>The link from the e-mail opens this page; its button confirms (mail scanners open links, they do not press buttons).</summary>
[AllowAnonymous]
public sealed class ConfirmEmailModel(AccountService accounts) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? UserId { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Code { get; set; }

    public bool Confirmed { get; private set; }

    public bool Failed { get; private set; }

    public bool HasLink => !string.IsNullOrEmpty(UserId) && !string.IsNullOrEmpty(Code);

    public void OnGet() => Failed = !HasLink;

    public async Task OnPostAsync()
    {
        Confirmed = HasLink && (await accounts.ConfirmEmailAsync(UserId!, Code!)).Succeeded;
        Failed = !Confirmed;
    }
}
