using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using SupplierMeetups.Web.Platform.Localization;
using SupplierMeetups.Web.Platform.Refusals;

namespace SupplierMeetups.Web.CheckIn;

internal static class RefusalProblems
{
    /// <summary>A refusal as problem details, titled by its status, in the user's language.</summary>
    public static ObjectResult Refused(this ControllerBase controller, Refusal refusal, IStringLocalizer<SharedResource> l) =>
        controller.Problem(refusal.Message, statusCode: refusal.Status,
            title: refusal.Status == StatusCodes.Status404NotFound ? l["Not found."] : l["The request could not be carried out."]);
}
