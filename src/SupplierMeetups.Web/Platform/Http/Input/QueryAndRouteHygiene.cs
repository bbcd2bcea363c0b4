using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using SupplierMeetups.Web.Platform.Localization;

namespace SupplierMeetups.Web.Platform.Http.Input;

/// <summary>
/// Query strings and route values never carry control characters, whoever reads them (model binding, minimal
/// endpoints, code reading Request.Query): such a request is answered 400 before any endpoint runs.
/// </summary>
internal static class QueryAndRouteHygiene
{
    public static void UseQueryAndRouteHygiene(this WebApplication app) => app.Use(async (http, next) =>
    {
        var refused = Refused(http.Request).Distinct(StringComparer.Ordinal).ToList();
        if (refused.Count == 0)
        {
            await next();
            return;
        }
        http.Response.StatusCode = StatusCodes.Status400BadRequest;
        if (!ApiRequests.IsApi(http.Request))
        {
            return; // the status code pages show the error page
        }
        var l = http.RequestServices.GetRequiredService<IStringLocalizer<SharedResource>>();
        var problem = new ValidationProblemDetails(refused.ToDictionary(
            name => name, name => new[] { l["{0} must not contain control characters such as line breaks.", name].Value }))
        {
            Status = StatusCodes.Status400BadRequest,
        };
        await http.RequestServices.GetRequiredService<IProblemDetailsService>()
            .WriteAsync(new ProblemDetailsContext { HttpContext = http, ProblemDetails = problem });
    });

    private static IEnumerable<string> Refused(HttpRequest request)
    {
        foreach (var (name, values) in request.Query)
        {
            if (!ControlCharacters.IsAllowed(name, multiline: false) || values.Any(v => !ControlCharacters.IsAllowed(v, multiline: false)))
            {
                yield return Printable(name);
            }
        }
        foreach (var (name, value) in request.RouteValues)
        {
            if (value is string text && !ControlCharacters.IsAllowed(text, multiline: false))
            {
                yield return name;
            }
        }
    }

    private static string Printable(string name) => new(name.Where(c => ControlCharacters.IsAllowed(c.ToString(), multiline: false)).ToArray());
}
