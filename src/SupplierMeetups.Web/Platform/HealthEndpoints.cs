using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace SupplierMeetups.Web.Platform;

/// <summary>How the health endpoints answer: 200 only when every check they run is Healthy, otherwise 503, with each check's state.</summary>
internal static class HealthEndpoints
{
    public static HealthCheckOptions Options(Func<HealthCheckRegistration, bool> predicate) => new()
    {
        Predicate = predicate,
        ResultStatusCodes =
        {
            [HealthStatus.Healthy] = StatusCodes.Status200OK,
            [HealthStatus.Degraded] = StatusCodes.Status503ServiceUnavailable,
            [HealthStatus.Unhealthy] = StatusCodes.Status503ServiceUnavailable,
        },
        ResponseWriter = async (http, report) =>
        {
            http.Response.ContentType = "application/json";
            http.Response.Headers.CacheControl = "no-store";
            await http.Response.WriteAsJsonAsync(new
            {
                status = report.Status.ToString(),
                checks = report.Entries.ToDictionary(e => e.Key, e => e.Value.Status.ToString()),
            });
        },
    };
}
