using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace SupplierMeetups.Web.Registration;

/// <summary>The problems every firm endpoint answers with, in the caller's language.</summary>
internal static class FirmProblems
{
    public static ObjectResult FirmNotFound(this ControllerBase controller, IStringLocalizer<SharedResource> l) =>
        controller.Problem(l["There is no such firm in this event."], statusCode: StatusCodes.Status404NotFound, title: l["Not found."]);

    public static ObjectResult FirmForbidden(this ControllerBase controller, IStringLocalizer<SharedResource> l) =>
        controller.Problem(l["Only the firm's own users and the organizers may see or change this firm."], statusCode: StatusCodes.Status403Forbidden, title: l["You are not allowed to do this."]);
}
