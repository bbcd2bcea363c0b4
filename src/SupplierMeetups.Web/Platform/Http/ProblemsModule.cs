using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using SupplierMeetups.Web.Platform.Localization;

namespace SupplierMeetups.Web.Platform.Http;

/// <summary>Every error is an RFC 7807 problem for programs and a friendly page for people; never a stack trace.</summary>
internal static class ProblemsModule
{
    public const long MaxRequestBodyBytes = 12 * 1024 * 1024;

    public static IServiceCollection AddProblems(this IServiceCollection services)
    {
        services.AddProblemDetails(o => o.CustomizeProblemDetails = ctx =>
        {
            ctx.ProblemDetails.Instance ??= ctx.HttpContext.Request.Path;
            ctx.ProblemDetails.Extensions["traceId"] = ctx.HttpContext.TraceIdentifier;
            if (ctx.ProblemDetails.Status is { } status && ctx.ProblemDetails.Detail is null)
            {
                var l = ctx.HttpContext.RequestServices.GetRequiredService<IStringLocalizer<SharedResource>>();
                ctx.ProblemDetails.Title = l[ReasonTitle(status, ctx.ProblemDetails.Title)];
            }
        });
        services.Configure<Microsoft.AspNetCore.Server.Kestrel.Core.KestrelServerOptions>(o => o.Limits.MaxRequestBodySize = MaxRequestBodyBytes);
        return services;
    }

    public static void UseProblems(this WebApplication app)
    {
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            StatusCodeSelector = StatusFor,
            ExceptionHandler = async http =>
            {
                var feature = http.Features.Get<IExceptionHandlerFeature>();
                var status = http.Response.StatusCode;
                var problems = http.RequestServices.GetRequiredService<IProblemDetailsService>();
                if (status == StatusCodes.Status503ServiceUnavailable)
                {
                    http.Response.Headers.RetryAfter = TransientFaults.RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
                    if (!ApiRequests.IsApi(http.Request))
                    {
                        // Written here, not redirected: the status must stay 503, and the layout may need the database that is down.
                        await UnavailablePage.WriteAsync(http);
                        return;
                    }
                }
                else if (!ApiRequests.IsApi(http.Request) && (status >= 500 || status == StatusCodes.Status409Conflict))
                {
                    http.Response.Redirect($"/error/{status}");
                    return;
                }
                await problems.WriteAsync(new ProblemDetailsContext { HttpContext = http, Exception = feature?.Error, ProblemDetails = { Status = status } });
            },
        });
        app.UseStatusCodePages(async ctx =>
        {
            var http = ctx.HttpContext;
            if (ApiRequests.IsApi(http.Request) || !AcceptsHtml(http.Request))
            {
                await http.RequestServices.GetRequiredService<IProblemDetailsService>()
                    .WriteAsync(new ProblemDetailsContext { HttpContext = http, ProblemDetails = { Status = http.Response.StatusCode } });
                return;
            }
            // Re-run the pipeline for the error page, keeping the status code (a redirect would answer 302, then 200).
            // The error page is read as a plain GET without the query that failed (a refused query would be refused again).
            var (originalPath, originalQuery, originalMethod) = (http.Request.Path, http.Request.QueryString, http.Request.Method);
            http.SetEndpoint(null);
            http.Request.RouteValues.Clear();
            http.Request.Path = $"/error/{http.Response.StatusCode}";
            http.Request.QueryString = QueryString.Empty;
            http.Request.Method = HttpMethods.Get;
            try
            {
                await ctx.Next(http);
            }
            finally
            {
                (http.Request.Path, http.Request.QueryString, http.Request.Method) = (originalPath, originalQuery, originalMethod);
            }
        });
        // TestServer and reverse proxies do not enforce Kestrel's body limit; this does, from the declared length.
        app.Use(async (http, next) =>
        {
            var limit = http.Features.Get<IHttpMaxRequestBodySizeFeature>()?.MaxRequestBodySize ?? MaxRequestBodyBytes;
            if (http.Request.ContentLength > Math.Min(limit, MaxRequestBodyBytes))
            {
                throw new BadHttpRequestException("Request body too large.", StatusCodes.Status413PayloadTooLarge);
            }
            await next();
        });
    }

    /// <summary>Transient database faults answer 503 (try again), a lost concurrency race 409; anything else unexpected is ours: 500.</summary>
    private static int StatusFor(Exception exception) => exception switch
    {
        BadHttpRequestException bad => bad.StatusCode,
        Microsoft.EntityFrameworkCore.DbUpdateConcurrencyException => StatusCodes.Status409Conflict,
        _ when TransientFaults.IsTransient(exception) => StatusCodes.Status503ServiceUnavailable,
        _ => StatusCodes.Status500InternalServerError,
    };

    private static bool AcceptsHtml(HttpRequest request) =>
        request.Headers.Accept.ToString().Contains("text/html", StringComparison.OrdinalIgnoreCase);

    private static string ReasonTitle(int status, string? fallback) => status switch
    {
        400 => "The request is not valid.",
        401 => "You need to sign in.",
        403 => "You are not allowed to do this.",
        404 => "Not found.",
        405 => "This method is not allowed here.",
        409 => "The data was changed by someone else.",
        413 => "The request is too large.",
        415 => "This content type is not supported.",
        423 => "The account is locked.",
        500 => "Something went wrong on our side.",
        503 => "The service is briefly unavailable. Please try again in a few seconds.",
        _ => fallback ?? "Error.",
    };
}
