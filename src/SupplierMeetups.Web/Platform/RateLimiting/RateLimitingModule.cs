using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace SupplierMeetups.Web.Platform.RateLimiting;

/// <summary>
/// ASP.NET Core's limiter on the endpoints that sign in, create accounts or send e-mail, counted per client address.
/// The address is the proxy's X-Forwarded-For only when the request comes from a known proxy (loopback by default,
/// more in <c>ForwardedHeaders:KnownProxies</c> and <c>:KnownNetworks</c>, see ForwardedHeadersSetup); anyone else could otherwise claim a fresh address per request.
/// </summary>
internal static class RateLimitingModule
{
    public static IServiceCollection AddRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<RateLimitOptions>(configuration.GetSection(RateLimitOptions.Section));
        services.AddSingleton<MailboxRateLimiter>();
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.OnRejected = (context, _) => new ValueTask(TooManyRequests.WriteAsync(context.HttpContext,
                context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : TimeSpan.FromMinutes(1)));
            Add(o, RateLimitPolicies.SignIn, r => r.SignIn);
            Add(o, RateLimitPolicies.Registration, r => r.Registration);
            Add(o, RateLimitPolicies.PasswordReset, r => r.PasswordReset);
            Add(o, RateLimitPolicies.VisitorSignUp, r => r.VisitorSignUp);
            Add(o, RateLimitPolicies.MeetingRequests, r => r.MeetingRequests);
            Add(o, RateLimitPolicies.Email, r => r.Email);
        });
        return services;
    }

    private static void Add(RateLimiterOptions options, string policy, Func<RateLimitOptions, RateLimitRule> rule) =>
        options.AddPolicy(policy, http =>
        {
            // Showing a form costs nothing; only what it sends is counted.
            if (HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method))
            {
                return RateLimitPartition.GetNoLimiter("read");
            }
            var limits = rule(http.RequestServices.GetRequiredService<IOptions<RateLimitOptions>>().Value);
            return RateLimitPartition.GetFixedWindowLimiter(http.Connection.RemoteIpAddress?.ToString() ?? "unknown", _ =>
                new FixedWindowRateLimiterOptions { PermitLimit = limits.PermitLimit, Window = limits.Window, QueueLimit = 0 });
        });
}
