using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace SupplierMeetups.Web.Platform.Http;

/// <summary>
/// Every problem an action answers is typed application/problem+json. It runs after the controllers'
/// [Produces("application/json")] (which would otherwise type problems, validation ones included, as plain JSON)
/// and after [Produces("application/pdf")] (which would find no writer for a problem at all).
/// </summary>
internal sealed class ProblemContentType : IAlwaysRunResultFilter, IOrderedFilter
{
    public const string MediaType = "application/problem+json";

    public int Order => int.MaxValue;

    public void OnResultExecuting(ResultExecutingContext context)
    {
        if (context.Result is ObjectResult { Value: ProblemDetails } problem)
        {
            problem.ContentTypes.Clear();
            problem.ContentTypes.Add(MediaType);
        }
    }

    public void OnResultExecuted(ResultExecutedContext context)
    {
    }
}
