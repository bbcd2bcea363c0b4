using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using SupplierMeetups.Web.Platform.Localization;

namespace SupplierMeetups.Web.Platform.Ui;

[AllowAnonymous, IgnoreAntiforgeryToken]
public sealed class ErrorModel(IStringLocalizer<SharedResource> l) : PageModel
{
    public int Code { get; private set; }
    public string Title { get; private set; } = "";

    /// <summary>The status code pages re-run a refused form post (a 429) as a POST.</summary>
    public void OnPost(int code) => OnGet(code);

    public void OnGet(int code)
    {
        // A failed form post is re-read here as well; its code is then the answer's status.
        Code = code != 0 ? code : Response.StatusCode;
        Title = Code switch
        {
            400 => l["This request could not be processed."],
            404 => l["This page does not exist."],
            403 => l["You are not allowed to do this."],
            409 => l["Someone else changed this in the meantime. Reload the page and try again."],
            429 => l["Too many attempts: please wait a few minutes and try again."],
            _ => l["Something went wrong on our side."],
        };
    }
}
