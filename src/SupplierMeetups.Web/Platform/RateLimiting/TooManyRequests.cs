using System.Globalization;
using Microsoft.Extensions.Localization;
using SupplierMeetups.Web.Platform.Http;
using SupplierMeetups.Web.Platform.Localization;

namespace SupplierMeetups.Web.Platform.RateLimiting;

/// <summary>The 429 answer: a Retry-After header, and a problem in the caller's language for programs.</summary>
public static class TooManyRequests
{
    public static int Seconds(TimeSpan retryAfter) => Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));

    public static string Message(IStringLocalizer l, int seconds) => l["Too many attempts: please wait {0} seconds and try again.", seconds];

    public static void SetRetryAfter(HttpResponse response, int seconds) =>
        response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);

    public static async Task WriteAsync(HttpContext http, TimeSpan retryAfter)
    {
        var seconds = Seconds(retryAfter);
        http.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        SetRetryAfter(http.Response, seconds);
        if (!ApiRequests.IsApi(http.Request))
        {
            return; // the status code pages show the people's error page, in their language
        }
        var l = http.RequestServices.GetRequiredService<IStringLocalizer<SharedResource>>();
        await http.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = http,
            ProblemDetails = { Status = StatusCodes.Status429TooManyRequests, Title = l["Too many requests."], Detail = Message(l, seconds) },
        });
    }
}
