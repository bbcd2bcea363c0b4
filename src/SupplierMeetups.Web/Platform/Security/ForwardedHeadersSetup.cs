using Microsoft.AspNetCore.HttpOverrides;

namespace SupplierMeetups.Web.Platform.Security;

/// <summary>
/// Behind the TLS proxy (deploy/nginx) the scheme and client address come from X-Forwarded-Proto/-For, trusted only
/// from loopback and the networks in <c>ForwardedHeaders:KnownNetworks</c> (comma-separated CIDR, e.g. the compose network).
/// </summary>
internal static class ForwardedHeadersSetup
{
    public static IServiceCollection AddForwardedHeadersFromProxy(this IServiceCollection services, IConfiguration configuration)
    {
        var networks = (configuration["ForwardedHeaders:KnownNetworks"] ?? "")
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(System.Net.IPNetwork.Parse)
            .ToList();
        services.Configure<ForwardedHeadersOptions>(o =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            foreach (var network in networks)
            {
                o.KnownIPNetworks.Add(network);
            }
        });
        return services;
    }
}
