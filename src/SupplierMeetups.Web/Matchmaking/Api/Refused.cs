using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using SupplierMeetups.Web.Platform.Localization;
using SupplierMeetups.Web.Platform.Refusals;

namespace SupplierMeetups.Web.Matchmaking.Api;

internal static class RefusedResults
{
    /// <summary>A refusal as an RFC 7807 problem in the caller's language.</summary>
    public static ObjectResult Refused(this ControllerBase controller, Refusal refusal)
    {
        var l = controller.HttpContext.RequestServices.GetRequiredService<IStringLocalizer<SharedResource>>();
        var title = refusal.Status switch
        {
            StatusCodes.Status403Forbidden => l["You are not allowed to do this."],
            StatusCodes.Status404NotFound => l["Not found."],
            StatusCodes.Status409Conflict => l["This cannot be done now."],
            _ => l["The request is not valid."],
        };
        return controller.Problem(detail: refusal.Message, statusCode: refusal.Status, title: title);
    }
}
