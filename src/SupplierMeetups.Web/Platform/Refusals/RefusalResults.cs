using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;
using SupplierMeetups.Web.Platform.Http;

namespace SupplierMeetups.Web.Platform.Refusals;

/// <summary>The one way a refusal reaches the caller: problem details for the API, a model error for pages.</summary>
public static class RefusalResults
{
    /// <summary>
    /// A refusal as an RFC 7807 problem in the caller's language; one with a field (or with more faults) is a validation
    /// problem whose <c>errors</c> hold each message under its field's JSON name, exactly as the automatic validation answers.
    /// </summary>
    public static ObjectResult Refused(this ControllerBase controller, Refusal refusal)
    {
        var l = controller.HttpContext.RequestServices.GetRequiredService<IStringLocalizer<SharedResource>>();
        if (refusal.Field is not null || refusal.More.Count > 0)
        {
            foreach (var one in refusal.All)
            {
                controller.ModelState.AddModelError(one.Field ?? string.Empty, one.Message);
            }
            var problem = (ObjectResult)CamelCaseValidationProblems.Create(controller.ControllerContext);
            problem.StatusCode = refusal.Status;
            return problem;
        }
        return controller.Problem(detail: refusal.Message, statusCode: refusal.Status, title: refusal.Title ?? Title(refusal.Status, l));
    }

    /// <summary>Shows the refusal (and those it carries) on the page: at its field (under <paramref name="prefix"/>, such as "Input"), or above the form.</summary>
    public static void AddTo(this Refusal refusal, ModelStateDictionary modelState, string prefix = "")
    {
        foreach (var one in refusal.All)
        {
            modelState.AddModelError(string.IsNullOrEmpty(one.Field) ? string.Empty : prefix.Length == 0 ? one.Field : $"{prefix}.{one.Field}", one.Message);
        }
    }

    private static string Title(int status, IStringLocalizer<SharedResource> l) => status switch
    {
        StatusCodes.Status403Forbidden => l["You are not allowed to do this."],
        StatusCodes.Status404NotFound => l["Not found."],
        StatusCodes.Status409Conflict => l["This cannot be done now."],
        _ => l["The request is not valid."],
    };

}
